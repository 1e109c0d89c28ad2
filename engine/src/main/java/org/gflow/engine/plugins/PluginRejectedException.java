package org.gflow.engine.plugins;

/**
 * A jar the host refuses or a plugin it cannot start; the message says why, for an operator, and
 * the kind lets the admin page say it in the reader's language.
 */
public class PluginRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final PluginFailure kind;

    public PluginRejectedException(PluginFailure kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public PluginRejectedException(PluginFailure kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    /** What kind of failure this is. */
    public PluginFailure kind() {
        return kind;
    }
}
