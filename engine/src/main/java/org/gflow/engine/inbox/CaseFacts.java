package org.gflow.engine.inbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which process variables describe a case to a civil servant: its title and its number. The
 * processes name them differently (a complaint's text, a letter's subject, an applicant's
 * enterprise), so the first one set wins.
 */
public final class CaseFacts {

    /** In order of preference. */
    static final List<String> TITLE_VARIABLES =
            List.of("caseTitle", "subject", "enterpriseName", "applicantName", "complaintText");

    static final List<String> NUMBER_VARIABLES = List.of("trackingNumber", "registryNumber", "applicationNumber");
    public static final List<String> ALL = java.util.stream.Stream.concat(
                    TITLE_VARIABLES.stream(), NUMBER_VARIABLES.stream())
            .toList();

    /** Long texts (a complaint) are cut for the list; the task page shows the whole case. */
    private static final int TITLE_LENGTH = 160;

    private CaseFacts() {}

    public static String title(Map<String, Object> variables) {
        return first(variables, TITLE_VARIABLES).map(CaseFacts::shorten).orElse(null);
    }

    public static String number(Map<String, Object> variables) {
        return first(variables, NUMBER_VARIABLES).orElse(null);
    }

    private static Optional<String> first(Map<String, Object> variables, List<String> names) {
        return names.stream()
                .map(variables::get)
                .filter(value -> value != null && !value.toString().isBlank())
                .map(Object::toString)
                .findFirst();
    }

    private static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= TITLE_LENGTH ? oneLine : oneLine.substring(0, TITLE_LENGTH - 1) + "…";
    }
}
