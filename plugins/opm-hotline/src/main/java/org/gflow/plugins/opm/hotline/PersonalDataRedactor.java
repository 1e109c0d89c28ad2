package org.gflow.plugins.opm.hotline;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from text that will be public: e-mail addresses, Lao phone numbers
 * (domestic {@code 020 5555 1234}, {@code 021-212345} or international {@code +856 20 5555 1234})
 * and the complainant's name, whole or any part of it. Each is replaced by {@link #MASK}.
 * Dates ({@code 2026-11-21}) and tracking numbers ({@code 1516-2026-000042}) are kept: Lao
 * phone numbers start with 0 or the country code 856.
 */
public final class PersonalDataRedactor {

    /** What replaces each piece of personal data. */
    public static final String MASK = "***";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    // A run of digits with the usual separators, starting like a Lao number; digits counted below.
    private static final Pattern PHONE = Pattern.compile(
        "(?<![\\p{N}])(\\(0\\p{N}{1,3}\\)|\\(\\+?856\\)|\\+\\s?856|856|0)[\\p{N}\\s().-]{6,18}\\p{N}(?![\\p{N}])");
    private static final int MIN_PHONE_DIGITS = 8;
    private static final int MAX_PHONE_DIGITS = 13;
    // Titles that are part of a name as written but identify nobody: Mr, Ms/Mrs, Sir/Madam, Dr.
    private static final Set<String> TITLES = Set.of("ທ້າວ", "ນາງ", "ທ່ານ", "ທ່ານນາງ", "ດຣ", "mr", "mrs", "ms", "miss", "dr");
    private static final int MIN_NAME_PART = 2;

    /**
     * @param text the text to publish, may be null
     * @param personName the complainant's name, may be null or blank
     * @return the text without personal data; null stays null
     */
    public String redact(String text, String personName) {
        if (text == null) {
            return null;
        }
        String redacted = EMAIL.matcher(text).replaceAll(MASK);
        redacted = redactPhones(redacted);
        return redactName(redacted, personName);
    }

    private static String redactPhones(String text) {
        Matcher matcher = PHONE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            long digits = matcher.group().chars().filter(Character::isDigit).count();
            boolean phone = digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
            matcher.appendReplacement(out, Matcher.quoteReplacement(phone ? MASK : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String redactName(String text, String personName) {
        if (personName == null || personName.isBlank()) {
            return text;
        }
        String redacted = replaceIgnoringCase(text, personName.strip());
        // Longest parts first, so "Somsack" is not left as "***ack" by a shorter part.
        List<String> parts = Arrays.stream(personName.strip().split("[\\s.,]+"))
            .filter(part -> part.codePointCount(0, part.length()) >= MIN_NAME_PART)
            .filter(part -> !TITLES.contains(part.toLowerCase(Locale.ROOT)))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
        for (String part : parts) {
            redacted = replaceIgnoringCase(redacted, part);
        }
        return redacted;
    }

    private static String replaceIgnoringCase(String text, String literal) {
        return Pattern.compile(Pattern.quote(literal), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }
}
