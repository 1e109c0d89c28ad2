package org.gflow.engine.notify;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gflow.engine.vocabulary.Vocabulary;

/**
 * The Lao texts G-Flow sends, one subject and body per notification kind, from
 * {@code gflow/notifications/messages_lo.properties}. Placeholders such as
 * {@code {trackingNumber}} are filled from the case's variables; a variable holding a code
 * ({@code responsibleOrg}: {@code bokeo}) is written by its Lao name, never as the code.
 */
final class NotificationTexts {

    record Text(String subject, String body) { }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

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
        return new Text(fill(subject, variables), fill(body, variables));
    }

    private static String fill(String template, Map<String, Object> variables) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Object value = variables.get(name);
            if (value != null) {
                value = Vocabulary.standard().termOf(name, value).<Object>map(Vocabulary.Term::lo).orElse(value);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

}
