package org.gflow.engine.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox by e-mail through the SMTP server of {@code spring.mail.*}: a citizen's or
 * applicant's message to the address they gave, a civil servant's or office's to the addresses
 * the directory holds for them (one message per office, its members together in To). Each e-mail is
 * {@code multipart/alternative} — plain text and HTML in the message's language — with a
 * Message-ID made from the outbox row, so a message sent again after a crash is the same message.
 * Without {@code spring.mail.host} there is no mail sender and the channel is off.
 */
@Component
class EmailChannel implements NotificationChannel {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final DirectoryAddresses directory;
    private final MailLayout layout;
    private final NotifySettings settings;

    EmailChannel(
            ObjectProvider<JavaMailSender> mailSender,
            DirectoryAddresses directory,
            MailLayout layout,
            NotifySettings settings) {
        this.mailSender = mailSender;
        this.directory = directory;
        this.layout = layout;
        this.settings = settings;
    }

    @Override
    public Set<String> outboxChannels() {
        return Set.of(Recipient.EMAIL, Recipient.INBOX);
    }

    @Override
    public boolean enabled() {
        return mailSender.getIfAvailable() != null;
    }

    @Override
    public Outcome deliver(OutboxMessage message) throws MessagingException {
        JavaMailSender sender = mailSender.getObject();
        boolean toPerson = Recipient.EMAIL.equals(message.channel());
        List<String> addresses =
                toPerson ? List.of(message.recipient()) : directory.of(message.recipientKind(), message.recipient());
        if (addresses.isEmpty()) {
            return Outcome.NO_ADDRESS;
        }
        MimeMessage mail = sender.createMimeMessage();
        try {
            mail.setFrom(new InternetAddress(settings.mailFrom(), true));
            InternetAddress[] to = InternetAddress.parse(String.join(",", addresses), true);
            // an office's members all in To: each sees which colleagues were told too
            mail.setRecipients(Message.RecipientType.TO, to);
        } catch (AddressException e) {
            throw new PermanentFailure("not an e-mail address: " + e.getRef(), e);
        }
        mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mail.setHeader("Content-Language", message.language());
        mail.setContent(alternatives(message));
        // kept by the mail sender when it saves the message
        mail.setHeader("Message-ID", messageId(message));
        try {
            sender.send(mail);
        } catch (MailPreparationException e) {
            throw new PermanentFailure("the message cannot be written", e);
        }
        return Outcome.SENT;
    }

    /** {@code <notification.<row id>@<domain>>}: the same for every attempt of a message. */
    String messageId(OutboxMessage message) {
        return "<notification." + message.id() + "@" + settings.messageIdDomain() + ">";
    }

    private MimeMultipart alternatives(OutboxMessage message) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(layout.plain(message), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(layout.html(message), StandardCharsets.UTF_8.name(), "html");
        // least preferred first, as multipart/alternative wants
        return new MimeMultipart("alternative", plain, html);
    }
}
