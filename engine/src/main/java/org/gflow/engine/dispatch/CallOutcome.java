package org.gflow.engine.dispatch;

import java.util.Map;

/** What came of one integration call, before it is reported to Camunda. */
sealed interface CallOutcome {

    /** The call returned: complete the task with these variables. */
    record Completed(Map<String, Object> variables) implements CallOutcome {}

    /** The call threw a business error: throw it as a BPMN error at the task. */
    record BusinessFailure(String code, String message, Map<String, Object> variables) implements CallOutcome {}

    /** Anything else, a time-out included: a technical failure, retried by Camunda. */
    record TechnicalFailure(String message, String details) implements CallOutcome {}
}
