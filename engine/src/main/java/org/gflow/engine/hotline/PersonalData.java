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
    // Lao numbers: mobiles 020 5555 1234 or +856 20 5555 1234, landlines 021 212 345, 030 …;
    // a tracking number (1516-2026-000042) or a date is not a phone number
    private static final Pattern PHONE = Pattern.compile(
        "(?<![\\d+])(?:\\+?856[\\s.-]?|0)[23]\\d(?:[\\s.-]?\\d){6,8}(?!\\d)");

    private PersonalData() {
    }

    static String redact(String text) {
        if (text == null) {
            return null;
        }
        String withoutEmail = EMAIL.matcher(text).replaceAll(HIDDEN);
        return PHONE.matcher(withoutEmail).replaceAll(HIDDEN);
    }
}
