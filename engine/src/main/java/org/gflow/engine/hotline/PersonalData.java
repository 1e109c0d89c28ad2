package org.gflow.engine.hotline;

import java.util.regex.Pattern;

/**
 * Removes what identifies a person — phone numbers and e-mail addresses — from text that is
 * about to be published. The last line of defence of the public answers page, whoever
 * publishes; a ministry's plugin may remove more (names, addresses) before.
 */
final class PersonalData {

    static final String HIDDEN = "•••";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    // Lao numbers: +856 20 5555 1234, 020 55551234, 021-212345 …: 8 or more digits with separators
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d \\-().]{6,}\\d");

    private PersonalData() {
    }

    static String redact(String text) {
        if (text == null) {
            return null;
        }
        String withoutEmail = EMAIL.matcher(text).replaceAll(HIDDEN);
        return PHONE.matcher(withoutEmail).replaceAll(match ->
            match.group().replaceAll("\\D", "").length() >= 8 ? HIDDEN : match.group());
    }
}
