package org.gflow.engine.rest;

import org.gflow.engine.tasks.HandoverRefusal;
import org.gflow.engine.tasks.TaskRefusal;

/**
 * The stable code of a failure Camunda's REST API answered itself: G-Flow's own refusals keep
 * theirs, everything else is named by its status. The web app translates these codes; the
 * English message beside them is for API clients and the log.
 */
final class ErrorCodes {

    private ErrorCodes() {}

    static String of(int status, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TaskRefusal refusal) {
                return refusal.code();
            }
            if (cause instanceof HandoverRefusal refusal) {
                return refusal.code();
            }
        }
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "concurrent-change";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "request-error";
        };
    }
}
