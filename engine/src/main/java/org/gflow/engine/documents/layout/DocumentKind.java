package org.gflow.engine.documents.layout;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of official document G-Flow issues, as named by the {@code documentKind} variable. */
public enum DocumentKind {
    /** A permit or licence certificate. */
    CERTIFICATE("certificate", "C"),
    /** An official letter after its sign-off chain. */
    LETTER("letter", "L"),
    /** The responsible body's answer to a hotline complaint. */
    ANSWER("answer", "A");

    private final String code;
    private final String serialPrefix;

    DocumentKind(String code, String serialPrefix) {
        this.code = code;
        this.serialPrefix = serialPrefix;
    }

    /** The name used in variables, layout files and the archive, e.g. {@code certificate}. */
    public String code() {
        return code;
    }

    /** The letter that starts the kind's serials, e.g. {@code C} in {@code C-2026-000042}. */
    public String serialPrefix() {
        return serialPrefix;
    }

    /**
     * @throws IllegalArgumentException listing the known kinds when the name is not one of them
     */
    public static DocumentKind fromCode(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown document kind '" + name + "', expected one of "
                        + Arrays.stream(values()).map(DocumentKind::code).toList()));
    }
}
