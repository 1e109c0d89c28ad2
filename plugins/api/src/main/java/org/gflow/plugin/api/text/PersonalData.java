package org.gflow.plugin.api.text;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for removing what identifies a person from text that will be public: e-mail
 * addresses, phone numbers, Lao identity document numbers and, when it is known, the person's
 * name. Each is replaced by {@link #MASK}. The engine applies it to everything on the public
 * answers page; a plugin applies it (with the complainant's name) before it publishes.
 *
 * <p>Phone numbers are those libphonenumber finds valid when read as dialled in Laos
 * ({@code 020 5555 1234}, {@code +856 20 5555 1234}, {@code 021-212345}, and foreign numbers
 * with their country code), so dates, amounts and tracking numbers ({@code 1516-2026-000042})
 * stay. Identity numbers have had more than one format (family book, white card, chip card),
 * so a number is taken for one by the words before it: {@code ບັດປະຈຳຕົວ ເລກທີ 0123456789}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PersonalData {

    /** What replaces each piece of personal data. */
    public static final String MASK = "•••";

    private static final String LAOS = "LA";
    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    // An identity document named in Lao or English, an optional "number", then the number itself.
    // The number holds a digit and may hold Latin letters, slashes and dashes: "01-2345678", "P1234567".
    private static final Pattern IDENTITY_NUMBER = Pattern.compile(
            "(?iu)((?:ບັດປະຈຳຕົວ|ເລກບັດ|ປຶ້ມສຳມະໂນຄົວ|ປື້ມສຳມະໂນຄົວ|ໜັງສືຜ່ານແດນ|(?<![A-Za-z])(?:ID(?:\\s+card)?|identity\\s+card|passport))"
                    + "\\s*(?:ເລກທີ|ເລກ|no\\.?|number|#)?\\s*[:.]?\\s*)"
                    + "((?=[A-Za-z/-]*\\p{N})[\\p{N}A-Za-z][\\p{N}A-Za-z/-]{4,}[\\p{N}A-Za-z])");
    // Titles are part of a name as written but identify nobody: Mr, Ms/Mrs, Sir/Madam, Dr.
    private static final Set<String> TITLES =
            Set.of("ທ້າວ", "ນາງ", "ທ່ານ", "ທ່ານນາງ", "ດຣ", "mr", "mrs", "ms", "miss", "dr");
    private static final int SHORTEST_NAME_PART = 2;

    private PersonalData() {}

    /**
     * @param text the text to publish, may be null
     * @return the text without e-mail addresses, phone numbers and identity numbers; null stays null
     */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = EMAIL.matcher(text).replaceAll(MASK);
        redacted =
                IDENTITY_NUMBER.matcher(redacted).replaceAll(found -> Matcher.quoteReplacement(found.group(1) + MASK));
        return redactPhones(redacted);
    }

    /**
     * {@link #redact(String)}, and also the person's name, whole or any part of it, in any case.
     *
     * @param personName the person the text is about, may be null or blank
     */
    public static String redact(String text, String personName) {
        String redacted = redact(text);
        if (redacted == null || personName == null || personName.isBlank()) {
            return redacted;
        }
        redacted = replaceIgnoringCase(redacted, personName.strip());
        // Longest parts first, so "Somsack" is not left as "•••ack" by a shorter part.
        List<String> parts = Arrays.stream(personName.strip().split("[\\s.,]+"))
                .filter(part -> part.codePointCount(0, part.length()) >= SHORTEST_NAME_PART)
                .filter(part -> !TITLES.contains(part.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        for (String part : parts) {
            redacted = replaceIgnoringCase(redacted, part);
        }
        return redacted;
    }

    private static String redactPhones(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (PhoneNumberMatch phone :
                PhoneNumberUtil.getInstance().findNumbers(text, LAOS, Leniency.VALID, Long.MAX_VALUE)) {
            // "(020 5555 1234)" is found without its closing bracket: keep the opening one too
            boolean unclosed =
                    phone.rawString().startsWith("(") && phone.rawString().indexOf(')') < 0;
            int start = unclosed ? phone.start() + 1 : phone.start();
            out.append(text, copied, start).append(MASK);
            copied = phone.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static String replaceIgnoringCase(String text, String literal) {
        return Pattern.compile(Pattern.quote(literal), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .replaceAll(Matcher.quoteReplacement(MASK));
    }
}
