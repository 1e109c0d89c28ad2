package org.gflow.engine.permit;

import java.util.regex.Pattern;

/**
 * The shape of a permit's application reference, {@code APP-<year>-<six digits>}, as the permit
 * model's start numbers it ({@code gflow.case-reference} = {@code APP}): checked before any lookup.
 */
final class ApplicationReferences {

    static final String PROCESS_KEY = "permit";
    private static final Pattern FORMAT = Pattern.compile("APP-\\d{4}-\\d{6,}");

    private ApplicationReferences() {}

    static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
