package org.gflow.engine.plugins;

import org.osgi.framework.BundleException;

/**
 * What kind of failure stopped a plugin, so that the plugin admin page says it in the reader's
 * language and what to do; the engine's own sentence stays as the technical detail.
 */
public enum PluginFailure {
    /** Unsigned, tampered with, or signed by no trusted signer. */
    SIGNATURE_REFUSED,
    /** Signed by another signer than the one the plugin is pinned to. */
    SIGNER_CHANGED,
    /** Not an OSGi bundle, or content a plugin may not carry. */
    NOT_A_PLUGIN,
    /** Its settings are missing, of the wrong type or declared wrongly. */
    SETTINGS_INVALID,
    /** A package or plugin API version it needs is not there, so it cannot resolve. */
    MISSING_DEPENDENCY,
    /** Its integrations or its own start-up code failed. */
    START_FAILED,
    /** Anything else: the detail says what. */
    OTHER;

    /** The kind of a failure the host caught while installing, starting or stopping a plugin. */
    static PluginFailure of(Throwable failure) {
        if (failure instanceof PluginRejectedException rejected) {
            return rejected.kind();
        }
        if (failure instanceof BundleException bundle) {
            return switch (bundle.getType()) {
                case BundleException.RESOLVE_ERROR -> MISSING_DEPENDENCY;
                case BundleException.ACTIVATOR_ERROR -> START_FAILED;
                case BundleException.MANIFEST_ERROR, BundleException.DUPLICATE_BUNDLE_ERROR -> NOT_A_PLUGIN;
                default -> OTHER;
            };
        }
        return OTHER;
    }
}
