package org.gflow.engine.tasks;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task may not go to this person or group: they are outside the organisation the task
 * belongs to. The request itself is wrong, so {@code /engine-rest} answers 400.
 */
public class HandoverRefusal extends BadUserRequestException {

    private static final long serialVersionUID = 1L;

    HandoverRefusal(String message) {
        super(message);
    }
}
