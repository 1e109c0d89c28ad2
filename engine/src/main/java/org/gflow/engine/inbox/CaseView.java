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
     * approver's comment, so the web app names the decision in the reader's language). A completed
     * step whose model names what it said ({@link StepTexts}) carries that in {@code text}: the
     * answer a publication sent out, the reason a citizen gave for reopening. A step
     * taken or waiting with a delegate while the person it was meant for was away names that
     * person in {@code onBehalfOf} and {@code onBehalfOfName} ("X on behalf of Y"). A step of an
     * escalation that passed over someone who was away, for their manager or the Office, names
     * them in {@code passedOver} and {@code passedOverName}.
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
            String decision,
            String onBehalfOf,
            String onBehalfOfName,
            String passedOver,
            String passedOverName) {}

    /** A file attached to the case. */
    record File(String id, String name, String type, Date created, String taskId) {}
}
