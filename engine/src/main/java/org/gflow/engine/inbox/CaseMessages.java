package org.gflow.engine.inbox;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.gflow.engine.notify.Notifications;
import org.gflow.engine.notify.Recipient;
import org.springframework.stereotype.Component;

/**
 * What became of a case's messages — to the citizen, the applicant, the offices — for whoever may
 * open the case: the office sees a message that failed, and why, where it works on the case. A
 * person's address is shown only in part and a message's text not at all (it may carry the
 * citizen's access code).
 */
@Component
class CaseMessages {

    /** One message of the case as its office sees it. */
    record CaseMessage(
            String recipientKind,
            String recipient,
            String channel,
            String subject,
            String status,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant sentAt) {}

    private final CaseAccess access;
    private final Notifications notifications;

    CaseMessages(CaseAccess access, Notifications notifications) {
        this.access = access;
        this.notifications = notifications;
    }

    List<CaseMessage> list(String processInstanceId) {
        HistoricProcessInstance opened = access.open(processInstanceId);
        if (opened.getBusinessKey() == null) {
            return List.of();
        }
        return notifications.ofCase(opened.getBusinessKey()).stream()
                .map(message -> new CaseMessage(
                        message.recipientKind(),
                        Recipient.shown(message.channel(), message.recipient()),
                        message.channel(),
                        message.subject(),
                        message.status(),
                        message.attempts(),
                        message.lastError(),
                        message.createdAt(),
                        message.sentAt()))
                .toList();
    }
}
