package org.gflow.engine.documents.render;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Texts of a layout with {@code ${variable}} placeholders. */
final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private TemplateText() {
    }

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
        return PLACEHOLDER.matcher(template).replaceAll(found -> Matcher.quoteReplacement(value.apply(found.group(1))));
    }
}
