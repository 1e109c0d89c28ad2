package org.gflow.engine.plugins;

/** A jar the host refuses before the framework sees it; the message says why, for an operator. */
public class PluginRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    public PluginRejectedException(String reason) {
        super(reason);
    }

    public PluginRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
