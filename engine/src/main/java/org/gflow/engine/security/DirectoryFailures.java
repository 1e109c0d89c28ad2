package org.gflow.engine.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gflow.engine.errors.JsonErrors;
import org.gflow.ldap.DirectoryUnavailableException;

/** Recognises a directory outage however deep Camunda has wrapped it. */
final class DirectoryFailures {

    static final String MESSAGE = "The identity directory cannot be reached. Please try again in a moment.";

    private DirectoryFailures() {}

    /** Tells the client the directory is down: 503, to try again shortly. */
    static void answer(JsonErrors errors, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "30");
        errors.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "directory-unavailable", MESSAGE);
    }

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
