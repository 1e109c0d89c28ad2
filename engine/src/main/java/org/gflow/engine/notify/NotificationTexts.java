package org.gflow.engine.notify;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.gflow.engine.text.MessageText;
import org.gflow.engine.vocabulary.Vocabulary;
import org.springframework.web.util.HtmlUtils;

/**
 * The texts G-Flow sends in one language, one subject, plain-text body and HTML body per
 * notification kind, from {@code gflow/notifications/messages_<language>.properties}. Placeholders
 * such as {@code {trackingNumber}} are filled from the case's variables by {@link MessageText}; a
 * variable holding a code ({@code responsibleOrg}: {@code bokeo}) is written by its name in the
 * language, never as the code; in the HTML body every value is HTML-escaped.
 */
final class NotificationTexts {

    /** A rendered message; {@code html} is the body's fragment, without the mail layout. */
    record Text(String subject, String body, String html, String language) {}

    private final Properties messages = new Properties();
    private final String language;

    NotificationTexts(String resource) {
        this.language = resource.replaceAll(".*messages_([a-z]+)\\.properties$", "$1");
        try (Reader reader = new InputStreamReader(
                NotificationTexts.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            messages.load(reader);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Cannot read notification texts " + resource, e);
        }
    }

    /** Read once: the texts never change while the engine runs. */
    private static final Map<String, NotificationTexts> BY_LANGUAGE = Map.of(
            Languages.LAO, read(Languages.LAO),
            Languages.ENGLISH, read(Languages.ENGLISH));

    /** The texts in {@code language}; Lao for anything but {@link Languages#ENGLISH}. */
    static NotificationTexts in(String language) {
        return BY_LANGUAGE.get(Languages.of(language));
    }

    private static NotificationTexts read(String language) {
        return new NotificationTexts("gflow/notifications/messages_" + language + ".properties");
    }

    /** @throws IllegalArgumentException naming the kind when no text exists for it */
    Text render(String kind, Map<String, Object> variables) {
        String subject = messages.getProperty(kind + ".subject");
        String body = messages.getProperty(kind + ".body");
        String html = messages.getProperty(kind + ".html");
        if (subject == null || body == null || html == null) {
            throw new IllegalArgumentException("no notification text for kind '" + kind + "' in '" + language + "'");
        }
        Map<String, Object> values = named(variables);
        return new Text(
                MessageText.format(subject, values),
                MessageText.format(body, values),
                MessageText.format(html, escaped(values)),
                language);
    }

    /** A fixed text of this language, e.g. {@code mail.footer}. */
    String fixed(String key) {
        String text = messages.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no text '" + key + "' in '" + language + "'");
        }
        return MessageText.format(text, Map.of());
    }

    private Map<String, Object> named(Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        variables.forEach((name, value) -> values.put(
                name,
                value == null
                        ? null
                        : Vocabulary.standard()
                                .termOf(name, value)
                                .<Object>map(term -> Languages.ENGLISH.equals(language) ? term.en() : term.lo())
                                .orElse(value)));
        return values;
    }

    /** Numbers and dates are formatted by the message format itself; everything else is text to escape. */
    private static Map<String, Object> escaped(Map<String, Object> values) {
        Map<String, Object> escaped = new LinkedHashMap<>();
        values.forEach((name, value) -> escaped.put(
                name,
                value == null || value instanceof Number || value instanceof Date
                        ? value
                        : HtmlUtils.htmlEscape(value.toString(), StandardCharsets.UTF_8.name())));
        return escaped;
    }
}
