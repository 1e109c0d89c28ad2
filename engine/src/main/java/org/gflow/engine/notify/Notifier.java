package org.gflow.engine.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gflow.engine.bell.Announcement;
import org.gflow.engine.bell.Bell;
import org.gflow.plugin.api.IntegrationCall;
import org.springframework.stereotype.Component;

/**
 * Sends one kind of notification to recipients, on behalf of a step of a case: records it in the
 * outbox, written in Lao for civil servants and in the language a citizen or applicant filed in.
 * The {@link OutboxSender} delivers it.
 */
@Component
public class Notifier {

    private final Notifications outbox;
    private final Bell bell;

    Notifier(Notifications outbox, Bell bell) {
        this.outbox = outbox;
        this.bell = bell;
    }

    /** @throws IllegalArgumentException naming the kind when G-Flow has no text for it */
    public void send(String kind, List<Recipient> recipients, IntegrationCall step) {
        Map<String, Object> variables = step.variables();
        NotificationTexts.in(Languages.LAO)
                .render(kind, variables); // an unknown kind fails the step even without recipients
        for (Recipient recipient : recipients) {
            NotificationTexts.Text text =
                    NotificationTexts.in(languageOf(recipient, variables)).render(kind, variables);
            boolean recorded =
                    outbox.record(step.taskId(), step.processInstanceId(), step.businessKey(), recipient, text);
            if (recorded && Recipient.INBOX.equals(recipient.channel())) {
                ring(kind, recipient, text, step);
            }
        }
    }

    /**
     * Tells a civil servant or an office on their bell only, with no message sent: news worth a
     * glance in the inbox, not an e-mail (a letter of theirs signed).
     */
    public void ring(String kind, Recipient recipient, IntegrationCall step) {
        ring(kind, recipient, NotificationTexts.in(Languages.LAO).render(kind, step.variables()), step);
    }

    /** A message to a civil servant or an office is also a notice on their bell, linking to the case. */
    private void ring(String kind, Recipient recipient, NotificationTexts.Text text, IntegrationCall step) {
        String english = NotificationTexts.in(Languages.ENGLISH)
                .render(kind, step.variables())
                .subject();
        bell.post(List.of(new Announcement(
                "group".equals(recipient.kind()) ? Announcement.GROUP : Announcement.PERSON,
                recipient.address(),
                kind,
                null,
                null,
                step.processInstanceId(),
                text.subject(),
                english,
                step.businessKey())));
    }

    /** Civil servants read Lao; a citizen or applicant the language they filed in. */
    private static String languageOf(Recipient recipient, Map<String, Object> variables) {
        return Recipient.INBOX.equals(recipient.channel())
                ? Languages.LAO
                : Languages.ofPerson(recipient.kind(), variables);
    }

    /**
     * Sends to a citizen or applicant outside any integration step (e.g. at filing), once per
     * kind and case.
     *
     * @param values the placeholders of the text, and the person's {@code <kind>Phone} and
     *               {@code <kind>Email}
     */
    public void sendToPerson(
            String kind, String personKind, String processInstanceId, String businessKey, Map<String, Object> values) {
        NotificationTexts.Text text =
                NotificationTexts.in(Languages.ofPerson(personKind, values)).render(kind, values);
        String reference = businessKey == null ? processInstanceId : businessKey;
        for (Recipient recipient : person(personKind, values, reference)) {
            outbox.record(
                    kind + ":" + processInstanceId + ":" + recipient.channel(),
                    processInstanceId,
                    businessKey,
                    recipient,
                    text);
        }
    }

    /**
     * How a citizen or applicant ({@code type}) is reached: by SMS and e-mail when the case has
     * their {@code <type>Phone} or {@code <type>Email}, else on the public status page of the case.
     * Who said no to SMS ({@code <type>SmsOptOut} true) gets none.
     */
    public static List<Recipient> person(String type, Map<String, Object> variables, String caseReference) {
        List<Recipient> reached = new ArrayList<>();
        if (!Boolean.parseBoolean(String.valueOf(variables.get(type + "SmsOptOut")))) {
            text(variables, type + "Phone").ifPresent(phone -> reached.add(new Recipient(type, phone, Recipient.SMS)));
        }
        text(variables, type + "Email").ifPresent(email -> reached.add(new Recipient(type, email, Recipient.EMAIL)));
        if (reached.isEmpty()) {
            reached.add(new Recipient(type, caseReference, Recipient.STATUS_PAGE));
        }
        return reached;
    }

    private static Optional<String> text(Map<String, Object> variables, String name) {
        return Optional.ofNullable(variables.get(name)).map(Object::toString).filter(value -> !value.isBlank());
    }

    public static Recipient inbox(String kind, String id) {
        return new Recipient(kind, id, Recipient.INBOX);
    }
}
