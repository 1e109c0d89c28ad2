package org.gflow.engine.documents.render;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gflow.engine.text.MessageText;

/**
 * Texts of a layout with {@code ${variable}} placeholders, the syntax plugin layouts are written
 * in. Filled by {@link MessageText}, the one placeholder filler: the layout text is read as a
 * message whose only arguments are its placeholders, everything else literal.
 */
final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private TemplateText() {}

    /** The variables a text refers to, in order of first use. */
    static Set<String> variables(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    /** The text with each placeholder replaced by the variable's value. */
    static String fill(String template, Function<String, String> value) {
        Map<String, String> values = new HashMap<>();
        variables(template).forEach(name -> values.put(name, value.apply(name)));
        return MessageText.format(asMessage(template), values);
    }

    // "${name}" becomes the argument "{name}"; the text around it is quoted.
    private static String asMessage(String template) {
        StringBuilder message = new StringBuilder(template.length() + 16);
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int copied = 0;
        while (placeholder.find()) {
            message.append(MessageText.literal(template.substring(copied, placeholder.start())))
                    .append('{')
                    .append(placeholder.group(1))
                    .append('}');
            copied = placeholder.end();
        }
        return message.append(MessageText.literal(template.substring(copied))).toString();
    }
}
