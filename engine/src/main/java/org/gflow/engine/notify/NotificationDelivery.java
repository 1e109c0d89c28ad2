package org.gflow.engine.notify;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.springframework.stereotype.Component;

/**
 * Built-in {@code gflow.notify}: records a message of kind {@code notificationKind} for
 * {@code recipientType} — {@code user} or {@code group} (ids in {@code recipient}, comma
 * separated), {@code citizen} or {@code applicant} (reached by the phone or e-mail the case
 * carries).
 */
@Component
class NotificationDelivery implements Integration {

    private final Notifier notifier;

    NotificationDelivery(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public String topic() {
        return "gflow.notify";
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) {
        List<Recipient> recipients = recipients(call);
        notifier.send(call.requireText("notificationKind"), recipients, call);
        return IntegrationResult.of(Map.of("lastNotifiedAt", new Date(), "lastNotificationCount", recipients.size()));
    }

    private static List<Recipient> recipients(IntegrationCall call) {
        String type = call.requireText("recipientType");
        return switch (type) {
            case "user", "group" ->
                Arrays.stream(call.requireText("recipient").split(","))
                        .map(String::strip)
                        .filter(id -> !id.isEmpty())
                        .map(id -> Notifier.inbox(type, id))
                        .toList();
            case "citizen", "applicant" ->
                Notifier.person(
                        type,
                        call.variables(),
                        call.businessKey() == null ? call.processInstanceId() : call.businessKey());
            default -> throw new IllegalArgumentException("unknown recipientType '" + type + "'");
        };
    }
}
