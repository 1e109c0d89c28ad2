package org.gflow.engine.documents.layout;

import java.util.Arrays;
import java.util.Locale;

/** How a section of a document presents its variable. */
public enum SectionStyle {
    /** Running text, wrapped at Lao word boundaries. */
    PARAGRAPH,
    /** Numbered items: a list variable, or a text with one item per line. */
    LIST,
    /** The sign-off trail of a letter: a list of maps {@code approver, level, decision, time}. */
    SIGNOFF_TRAIL;

    /** The name used in layout files, e.g. {@code signoff-trail}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @throws IllegalArgumentException listing the known styles when the name is not one of them
     */
    static SectionStyle fromCode(String name) {
        return Arrays.stream(values())
                .filter(style -> style.code().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown section style '" + name + "', expected one of "
                        + Arrays.stream(values()).map(SectionStyle::code).toList()));
    }
}
