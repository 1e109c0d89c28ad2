package org.gflow.processes.validation;

/**
 * What is wrong with one field, in a form a page can say in the reader's language.
 *
 * @param field the variable name
 * @param rule what it breaks: {@code required}, {@code type}, {@code oneOf}, {@code min},
 *     {@code max} or {@code notWritable}
 * @param limit the bound of {@code min}/{@code max} (characters as a reader counts them, a value
 *     or a number of entries), the expected type of {@code type}; null otherwise
 * @param problem the English sentence, phrased to follow the field name (e.g. "is required")
 */
public record FieldProblem(String field, String rule, String limit, String problem) {

    /** The English sentence naming the field. */
    public String message() {
        return "Variable '" + field + "' " + problem;
    }
}
