package org.gflow.engine.tasks;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A task operation G-Flow does not allow this person, with a sentence saying why. An
 * authorization failure, so {@code /engine-rest} answers 403 with the message.
 */
public class TaskRefusal extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    TaskRefusal(String message) {
        super(message);
    }
}
