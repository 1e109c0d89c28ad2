package org.gflow.engine.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused before the password is checked: too many recent failures; answered with 429. */
public class LoginThrottledException extends AuthenticationException {

    static final String MESSAGE = "Too many failed sign-ins. Please wait before trying again.";

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super(MESSAGE);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the next attempt may be made. */
    public long retryAfterSeconds() {
        return retryAfter.toSeconds();
    }
}
