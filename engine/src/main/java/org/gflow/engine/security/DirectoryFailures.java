package org.gflow.engine.security;

import org.gflow.ldap.DirectoryUnavailableException;

/** Recognises a directory outage however deep Camunda has wrapped it. */
final class DirectoryFailures {

    static final String MESSAGE = "The identity directory cannot be reached. Please try again in a moment.";

    private DirectoryFailures() {}

    static boolean isDirectoryDown(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DirectoryUnavailableException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
