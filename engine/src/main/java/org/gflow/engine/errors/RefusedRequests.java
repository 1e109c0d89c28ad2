package org.gflow.engine.errors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;

/**
 * One warning line for a request refused because its body could not be read: enough to find a
 * misbehaving client in the log, without a stack trace for what is the client's fault.
 */
public final class RefusedRequests {

    private static final Logger LOG = LoggerFactory.getLogger(RefusedRequests.class);
    private static final int MAX_REASON = 200;

    private RefusedRequests() {}

    public static void warn(HttpServletRequest request, HttpStatusCode status, Throwable reason) {
        warn(request, status.value(), reason);
    }

    public static void warn(HttpServletRequest request, int status, Throwable reason) {
        LOG.warn("Refused {} {} with {}: {}", request.getMethod(), request.getRequestURI(), status, describe(reason));
    }

    /** The innermost message, on one line and short: parsers put whole bodies into theirs. */
    static String describe(Throwable reason) {
        Throwable root = reason;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        text = text.replaceAll("\\s+", " ");
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
    }
}
