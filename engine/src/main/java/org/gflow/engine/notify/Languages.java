package org.gflow.engine.notify;

import java.util.Map;

/**
 * The languages G-Flow writes its messages in: Lao first, English second. A citizen or applicant
 * is written to in the language they filed in ({@code citizenLanguage}, {@code applicantLanguage});
 * civil servants, and anyone who did not say, in Lao.
 */
public final class Languages {

    public static final String LAO = "lo";
    public static final String ENGLISH = "en";

    private Languages() {}

    /** {@code en} when that is what was asked for, else Lao. */
    public static String of(Object asked) {
        return asked != null && ENGLISH.equalsIgnoreCase(asked.toString().strip()) ? ENGLISH : LAO;
    }

    /** The language a citizen or applicant ({@code personKind}) filed in, from the case's variables. */
    static String ofPerson(String personKind, Map<String, Object> variables) {
        return of(variables.get(personKind + "Language"));
    }
}
