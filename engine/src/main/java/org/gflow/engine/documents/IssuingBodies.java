package org.gflow.engine.documents;

import java.util.Optional;
import org.gflow.engine.documents.layout.LocalizedText;
import org.gflow.engine.vocabulary.Vocabulary;

/**
 * The names of the organisations G-Flow issues documents for, by their short code (the same
 * codes as the directory's {@code ou} and the groups' prefix), as the vocabulary names them: how
 * a letterhead names them, how a letter names its recipients, and which recipients are
 * organisations.
 */
public final class IssuingBodies {

    private IssuingBodies() {}

    /** The organisation's name, for a code such as {@code moic}. */
    public static Optional<LocalizedText> named(Object code) {
        return Vocabulary.standard().organisation(code).map(found -> new LocalizedText(found.lo(), found.en()));
    }
}
