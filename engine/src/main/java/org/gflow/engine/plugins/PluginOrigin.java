package org.gflow.engine.plugins;

/** Where a plugin came from. */
public enum PluginOrigin {
    /** A jar in the plugins directory (dropped in or uploaded through the admin API). */
    DIRECTORY,
    /** An example plugin shipped inside the engine, installed unless the directory has its own. */
    BUNDLED
}
