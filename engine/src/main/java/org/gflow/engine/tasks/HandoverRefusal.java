package org.gflow.engine.tasks;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task may not go to this person or group: they are outside the organisation the task
 * belongs to. The request itself is wrong, so {@code /engine-rest} answers 400.
 */
public class HandoverRefusal extends BadUserRequestException {

    private static final long serialVersionUID = 1L;

    /** The person or group is outside the organisation the task belongs to. */
    public static final String OUTSIDE_ORGANISATION = "outside-organisation";
    /** The person is in the organisation but in none of the groups the task is offered to. */
    public static final String NOT_OFFERED_TO = "not-offered-to";

    private final String code;

    HandoverRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The stable code the web app translates: one of the constants of this class. */
    public String code() {
        return code;
    }
}
