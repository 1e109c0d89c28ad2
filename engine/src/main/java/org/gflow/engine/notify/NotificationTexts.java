package org.gflow.engine.notify;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.gflow.engine.text.MessageText;

/**
 * The Lao texts G-Flow sends, one subject and body per notification kind, from
 * {@code gflow/notifications/messages_lo.properties}. Placeholders such as
 * {@code {trackingNumber}} are filled from the case's variables by {@link MessageText}.
 */
final class NotificationTexts {

    record Text(String subject, String body) { }

    private final Properties messages = new Properties();

    NotificationTexts(String resource) {
        try (Reader reader = new InputStreamReader(
                NotificationTexts.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            messages.load(reader);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Cannot read notification texts " + resource, e);
        }
    }

    /** @throws IllegalArgumentException naming the kind when no text exists for it */
    Text render(String kind, Map<String, Object> variables) {
        String subject = messages.getProperty(kind + ".subject");
        String body = messages.getProperty(kind + ".body");
        if (subject == null || body == null) {
            throw new IllegalArgumentException("no notification text for kind '" + kind + "'");
        }
        return new Text(MessageText.format(subject, variables), MessageText.format(body, variables));
    }

}
