package org.gflow.engine.open311;

import org.springframework.http.HttpStatus;

/**
 * A refusal an Open311 client reads in the protocol's own error list: the HTTP status, which
 * the list repeats as its {@code code}, and a sentence for the app's developer.
 */
class Open311Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final long retryAfterSeconds;

    Open311Exception(HttpStatus status, String description) {
        this(status, description, 0);
    }

    /** @param retryAfterSeconds when the client may try again (a limit reached); 0 when not said */
    Open311Exception(HttpStatus status, String description, long retryAfterSeconds) {
        super(description, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static Open311Exception badRequest(String description) {
        return new Open311Exception(HttpStatus.BAD_REQUEST, description);
    }

    static Open311Exception notFound(String description) {
        return new Open311Exception(HttpStatus.NOT_FOUND, description);
    }

    HttpStatus status() {
        return status;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
