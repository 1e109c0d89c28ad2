package org.gflow.engine.plugins;

/** Where a plugin stands, as the admin API reports it. */
public enum PluginState {
    /** Started: its integrations serve their topics. */
    ACTIVE,
    /** Installed but stopped by an operator: its topics wait. */
    STOPPED,
    /** Refused, unresolvable or failed to start: see the plugin's last error. */
    FAILED
}
