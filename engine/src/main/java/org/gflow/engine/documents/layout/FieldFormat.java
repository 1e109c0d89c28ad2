package org.gflow.engine.documents.layout;

import java.util.Arrays;
import java.util.Locale;

/** How a field's value is written on the page. */
public enum FieldFormat {
    /** As given. */
    TEXT,
    /** A calendar date, written day/month/year. */
    DATE,
    /** A moment, written day/month/year hours:minutes in Vientiane time. */
    DATETIME,
    /** A number with thousands grouped. */
    NUMBER;

    /** The name used in layout files, e.g. {@code date}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException listing the known formats when the name is not one of them
     */
    static FieldFormat fromCode(String name) {
        return Arrays.stream(values())
                .filter(format -> format.code().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "', expected one of "
                        + Arrays.stream(values()).map(FieldFormat::code).toList()));
    }
}
