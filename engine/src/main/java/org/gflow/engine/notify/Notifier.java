package org.gflow.engine.notify;

import java.util.List;
import org.gflow.plugin.api.IntegrationCall;
import org.springframework.stereotype.Component;

/** Sends one kind of notification, in Lao, to recipients, on behalf of a step of a case. */
@Component
public class Notifier {

    private final Notifications outbox;
    private final NotificationTexts texts = new NotificationTexts("gflow/notifications/messages_lo.properties");

    Notifier(Notifications outbox) {
        this.outbox = outbox;
    }

    /** @throws IllegalArgumentException naming the kind when G-Flow has no text for it */
    public void send(String kind, List<Recipient> recipients, IntegrationCall step) {
        NotificationTexts.Text text = texts.render(kind, step.variables());
        for (Recipient recipient : recipients) {
            outbox.record(step.taskId(), step.processInstanceId(), step.businessKey(), recipient, text);
        }
    }

    public static Recipient inbox(String kind, String id) {
        return new Recipient(kind, id, Recipient.INBOX);
    }
}
