package org.gflow.engine.documents.layout;

import java.util.Objects;

/**
 * A text of a layout in Lao and, optionally, English. Lao always comes first on the page.
 *
 * @param lo the Lao text, never blank
 * @param en the English text, or {@code null} when the layout has none
 */
public record LocalizedText(String lo, String en) {

    public LocalizedText {
        Objects.requireNonNull(lo, "lo");
        if (en != null && en.isBlank()) {
            en = null;
        }
    }

    /** Whether an English text is present. */
    public boolean hasEnglish() {
        return en != null;
    }
}
