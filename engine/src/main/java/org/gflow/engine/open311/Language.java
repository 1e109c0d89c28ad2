package org.gflow.engine.open311;

import java.util.Locale;
import org.gflow.engine.vocabulary.Vocabulary;

/**
 * The language Open311 answers name things in: Lao unless the client asks for English with
 * {@code locale=en} (the protocol leaves names' language to the endpoint).
 */
enum Language {
    LO,
    EN;

    static Language of(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? EN : LO;
    }

    String name(Vocabulary.Term term) {
        return this == EN ? term.en() : term.lo();
    }
}
