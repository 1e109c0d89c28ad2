package org.gflow.processes.validation;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One declared start variable, parsed from a declaration such as
 * {@code string required max=4000} (grammar in {@link org.gflow.processes.validation}).
 *
 * @param name the variable name
 * @param type its type
 * @param required whether a start without it (and without a default) is refused
 * @param min lower bound of length, value or size, if any
 * @param max upper bound of length, value or size, if any
 * @param allowed the only values allowed ({@code oneOf}); empty when any value is allowed
 * @param defaultValue the value set when the variable is missing, or null
 */
public record VariableDeclaration(
        String name,
        VariableType type,
        boolean required,
        OptionalDouble min,
        OptionalDouble max,
        List<String> allowed,
        String defaultValue) {

    /** Property-name prefix that marks a start-variable declaration. */
    public static final String PROPERTY_PREFIX = "gflow.variable.";

    /**
     * Parses one declaration.
     *
     * @throws IllegalArgumentException naming what is wrong, if it does not follow the grammar
     */
    public static VariableDeclaration parse(String name, String declaration) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a start variable declaration needs a variable name");
        }
        String[] words =
                declaration == null ? new String[0] : declaration.trim().split("\\s+");
        VariableType type = words.length == 0 ? null : VariableType.fromKeyword(words[0]);
        if (type == null) {
            throw new IllegalArgumentException("declaration of '" + name + "' must start with a type"
                    + " (string, number, boolean, date, duration, list, map), got '" + declaration + "'");
        }
        Options options = new Options(name, type);
        for (int i = 1; i < words.length; i++) {
            options.apply(words[i]);
        }
        return options.toDeclaration();
    }

    /** Collects the options of one declaration while it is being parsed. */
    private static final class Options {
        private final String name;
        private final VariableType type;
        private boolean required;
        private OptionalDouble min = OptionalDouble.empty();
        private OptionalDouble max = OptionalDouble.empty();
        private List<String> allowed = List.of();
        private String defaultValue;

        Options(String name, VariableType type) {
            this.name = name;
            this.type = type;
        }

        void apply(String option) {
            if (option.equals("required")) {
                required = true;
            } else if (option.startsWith("min=")) {
                min = bound(option);
            } else if (option.startsWith("max=")) {
                max = bound(option);
            } else if (option.startsWith("oneOf=")) {
                allowed = values(option.substring("oneOf=".length()));
            } else if (option.startsWith("default=")) {
                defaultValue = option.substring("default=".length());
            } else {
                throw problem("has unknown option '" + option + "'");
            }
        }

        VariableDeclaration toDeclaration() {
            if ((min.isPresent() || max.isPresent()) && !type.measurable()) {
                throw problem("cannot bound a " + type.keyword() + " with min/max");
            }
            if (!allowed.isEmpty() && type != VariableType.STRING) {
                throw problem("may use oneOf only with string");
            }
            if (defaultValue != null) {
                checkDefault();
            }
            return new VariableDeclaration(name, type, required, min, max, allowed, defaultValue);
        }

        private void checkDefault() {
            if (type != VariableType.STRING && type != VariableType.DURATION) {
                throw problem("may have a default only as string or duration");
            }
            if (defaultValue.isEmpty()) {
                throw problem("has an empty default");
            }
            if (type == VariableType.DURATION && !VariableType.isIsoDuration(defaultValue)) {
                throw problem("has default '" + defaultValue + "', not an ISO-8601 duration");
            }
            if (!allowed.isEmpty() && !allowed.contains(defaultValue)) {
                throw problem("has default '" + defaultValue + "' outside oneOf " + allowed);
            }
        }

        private OptionalDouble bound(String option) {
            String text = option.substring(option.indexOf('=') + 1);
            try {
                double bound = Double.parseDouble(text);
                if (Double.isNaN(bound) || Double.isInfinite(bound)) {
                    throw new NumberFormatException(text);
                }
                return OptionalDouble.of(bound);
            } catch (NumberFormatException e) {
                throw problem("has a non-numeric bound in '" + option + "'");
            }
        }

        private List<String> values(String text) {
            List<String> values = List.of(text.split("\\|", -1));
            if (values.stream().anyMatch(String::isEmpty)) {
                throw problem("has an empty value in oneOf=" + text);
            }
            return values;
        }

        private IllegalArgumentException problem(String what) {
            return new IllegalArgumentException("declaration of '" + name + "' " + what);
        }
    }
}
