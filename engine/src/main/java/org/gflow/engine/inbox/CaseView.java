package org.gflow.engine.inbox;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Date;
import java.util.List;

/** What the task page shows about a case, and where it stands. */
record CaseView(
        String processInstanceId,
        String processDefinitionId,
        String processKey,
        String processName,
        String caseTitle,
        String trackingNumber,
        List<String> activeActivityIds,
        boolean ended) {

    /**
     * One line of the case's history. {@code kind}: started, completed, waiting, comment or decision
     * (a sign-off: {@code decision} is its code — approve, return, reject — and {@code text} the
     * approver's comment, so the web app names the decision in the reader's language).
     */
    @Schema(name = "TimelineEntry")
    record Entry(
            Date time,
            String kind,
            String activityName,
            String activityId,
            String userId,
            String userName,
            String text,
            String decision) {}

    /** A file attached to the case. */
    record File(String id, String name, String type, Date created, String taskId) {}
}
