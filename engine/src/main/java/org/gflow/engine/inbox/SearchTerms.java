package org.gflow.engine.inbox;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cuts text into the inbox's search terms, the same way when a work item is written and when a
 * user searches: each space-separated token in lower case (so a tracking number such as
 * {@code 1516-2026-000042} is one term), and the words inside it as found by the Lao word
 * breaker — Lao is written without spaces between words, so "ບ້ານນ້ຳແກ້ວ" and "ບ້ານ ນ້ຳແກ້ວ"
 * give the same words.
 */
public final class SearchTerms {

    /** Longest stored term; longer tokens are cut (a search matches them by prefix). */
    static final int MAX_LENGTH = 100;

    private static final ULocale LAO = new ULocale("lo");

    private SearchTerms() {}

    /** Every term stored for a text: whole tokens and their words. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String token : tokens(text)) {
            terms.add(cut(token));
            terms.addAll(words(token));
        }
        return terms;
    }

    /**
     * The terms a search must all find (each as a prefix of a stored term): a Lao token by its
     * words, any other token whole.
     */
    public static Set<String> ofQuery(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String token : tokens(query)) {
            if (hasLao(token)) {
                terms.addAll(words(token));
            } else {
                terms.add(cut(token));
            }
        }
        return terms;
    }

    /** A LIKE pattern for terms starting with this one, its wildcards taken literally (escape '\\'). */
    public static String prefixPattern(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The terms as one text, each after a space, as a work item keeps them for searches tested on
     * the row: a term starting with w is then found by {@link #inText}. Terms never hold a
     * space, since text is cut at spaces.
     */
    public static String asText(Collection<String> terms) {
        return terms.stream().map(term -> " " + term).collect(Collectors.joining());
    }

    /** What {@link #asText} holds where a term starting with this one begins: a space, then the term. */
    public static String inText(String term) {
        return " " + term;
    }

    private static String[] tokens(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return java.util.Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("[\\s,;:!?()\\[\\]\"'“”«»]+"))
                .filter(token -> !token.isEmpty())
                .toArray(String[]::new);
    }

    private static Set<String> words(String token) {
        Set<String> words = new LinkedHashSet<>();
        BreakIterator breaker = BreakIterator.getWordInstance(LAO); // not thread-safe: one per call
        breaker.setText(token);
        int start = breaker.first();
        for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
            if (breaker.getRuleStatus() != BreakIterator.WORD_NONE) {
                words.add(cut(token.substring(start, end)));
            }
        }
        return words;
    }

    private static boolean hasLao(String token) {
        return token.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LAO);
    }

    private static String cut(String term) {
        return term.length() <= MAX_LENGTH ? term : term.substring(0, MAX_LENGTH);
    }
}
