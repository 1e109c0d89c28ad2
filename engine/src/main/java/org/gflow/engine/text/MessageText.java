package org.gflow.engine.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one way G-Flow fills the placeholders of a text: ICU message format with named arguments.
 * {@code {trackingNumber}} takes a value; {@code {count, plural, other {# ຄຳຮ້ອງ}}} chooses by
 * number; a number is written as on G-Flow's documents ({@code 1,500,000}). An argument without a
 * value is left empty, so a text never shows its placeholder to a person. A literal brace or
 * apostrophe is quoted as the format says ({@code '{'}, {@code ''}).
 */
public final class MessageText {

    // Lao has one plural form ("other"), as the root locale does; the root locale also groups
    // digits as the documents do (1,500,000), where Lao's own data would write 1.500.000.
    private static final ULocale FORMAT_LOCALE = ULocale.ROOT;

    private MessageText() {}

    /**
     * @throws IllegalArgumentException when the pattern is not a valid message format
     */
    public static String format(String pattern, Map<String, ?> values) {
        MessageFormat format = new MessageFormat(pattern, FORMAT_LOCALE);
        Map<String, Object> arguments = new HashMap<>();
        for (String name : format.getArgumentNames()) {
            Object value = values.get(name);
            arguments.put(name, value == null ? "" : value);
        }
        return format.format(arguments);
    }

    /** The names of the arguments a pattern refers to. */
    public static Set<String> argumentNames(String pattern) {
        return new MessageFormat(pattern, FORMAT_LOCALE).getArgumentNames();
    }

    /** A literal text quoted so that the message format prints it unchanged. */
    public static String literal(String text) {
        return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
    }
}
