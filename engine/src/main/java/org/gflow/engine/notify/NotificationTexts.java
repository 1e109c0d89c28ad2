package org.gflow.engine.notify;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.gflow.engine.text.MessageText;
import org.gflow.engine.vocabulary.Vocabulary;

/**
 * The Lao texts G-Flow sends, one subject and body per notification kind, from
 * {@code gflow/notifications/messages_lo.properties}. Placeholders such as
 * {@code {trackingNumber}} are filled from the case's variables by {@link MessageText}; a variable
 * holding a code ({@code responsibleOrg}: {@code bokeo}) is written by its Lao name, never as the code.
 */
final class NotificationTexts {

    record Text(String subject, String body) {}

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
        Map<String, Object> values = inLao(variables);
        return new Text(MessageText.format(subject, values), MessageText.format(body, values));
    }

    private static Map<String, Object> inLao(Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        variables.forEach((name, value) -> values.put(
                name,
                value == null
                        ? null
                        : Vocabulary.standard()
                                .termOf(name, value)
                                .<Object>map(Vocabulary.Term::lo)
                                .orElse(value)));
        return values;
    }
}
