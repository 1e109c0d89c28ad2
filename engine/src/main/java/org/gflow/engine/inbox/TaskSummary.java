package org.gflow.engine.inbox;

import java.util.Date;
import java.util.List;

/**
 * One row of the inbox task list: the task joined with its case. {@code name} is the model's own
 * (Lao) name; {@code taskKey}, the task's id in its model, lets the web app name it in the reader's
 * language. {@code workingDaysLeft} counts the working days from today to the due day (0: due today
 * or past), by the engine's holiday table, so the web app never counts holidays itself.
 * {@code onBehalfOf} names the person a delegate holds the task for while they are away
 * (with {@code onBehalfOfName}); null for a task of one's own.
 */
public record TaskSummary(
        String id,
        String name,
        String taskKey,
        String processKey,
        String processName,
        String processInstanceId,
        String caseTitle,
        String trackingNumber,
        String assignee,
        String assigneeName,
        Date created,
        Date due,
        Integer workingDaysLeft,
        List<String> candidateGroups,
        String onBehalfOf,
        String onBehalfOfName) {

    /**
     * A page of rows, whether another page follows (no total: counting every visible task costs
     * more than the page), and the server's clock for the next "anything new since?" poll.
     */
    public record Page(List<TaskSummary> items, boolean more, int page, int size, Date serverTime) {}
}
