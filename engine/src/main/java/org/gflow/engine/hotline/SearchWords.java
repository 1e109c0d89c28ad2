package org.gflow.engine.hotline;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words of a text for searching. Lao is written without spaces between words, so stored text and
 * a reader's query are both cut into words by the same dictionary segmentation: "ນ້ຳປະປາ" and
 * "ນ້ຳ ປະປາ" then find the same answers.
 */
final class SearchWords {

    private static final BreakIterator WORDS = BreakIterator.getWordInstance(new ULocale("lo"));

    private SearchWords() {}

    /** The words of {@code text}, lower-cased, without spaces or punctuation. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        BreakIterator iterator = (BreakIterator) WORDS.clone();
        iterator.setText(text);
        for (int start = iterator.first(), end = iterator.next();
                end != BreakIterator.DONE;
                start = end, end = iterator.next()) {
            if (iterator.getRuleStatus() != BreakIterator.WORD_NONE) {
                words.add(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The stored form: every word between single spaces, so a query word matches whole words only. */
    static String index(String... texts) {
        StringBuilder indexed = new StringBuilder(" ");
        for (String text : texts) {
            of(text).forEach(word -> indexed.append(word).append(' '));
        }
        return indexed.toString();
    }
}
