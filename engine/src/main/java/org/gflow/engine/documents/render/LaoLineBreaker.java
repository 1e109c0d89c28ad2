package org.gflow.engine.documents.render;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width. The break opportunities are ICU's line breaking for
 * Lao: the Unicode line-breaking rules (punctuation, brackets, quotes, spaces) with dictionary
 * segmentation for Lao, which is written without spaces between words. A word longer than a
 * whole line is cut between grapheme clusters, never inside one (a consonant keeps its vowels
 * and tone marks). Explicit line breaks are kept.
 *
 * <p>Instances are not thread-safe (ICU break iterators keep state): use one per document.
 * Widths must add up (the width of a text is the sum of its pieces' widths), as advance widths do.
 */
public final class LaoLineBreaker {

    private static final ULocale LAO = new ULocale("lo");
    /** Lao repetition mark: written after a space, it still belongs to the word before it. */
    private static final String KO_LA = "\u0EC6";

    // building an iterator reads ICU's rules; cloning a built one is much cheaper
    private static final BreakIterator LINES = BreakIterator.getLineInstance(LAO);
    private static final BreakIterator CLUSTERS = BreakIterator.getCharacterInstance(LAO);

    private final BreakIterator breaks = (BreakIterator) LINES.clone();
    private final BreakIterator clusters = (BreakIterator) CLUSTERS.clone();

    /**
     * @param text the text; {@code \n} starts a new line
     * @param maxWidth the width of a line
     * @param width the width of a piece of text, in the same unit
     * @return the lines, without leading or trailing spaces; an empty line for an empty paragraph
     */
    public List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("\n", -1)) {
            wrapParagraph(paragraph.strip(), maxWidth, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, double maxWidth, ToDoubleFunction<String> width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        // widths add up piece by piece, so each piece is measured once, not each longer line again
        double lineWidth = 0;
        for (String piece : pieces(paragraph)) {
            // a space at the end of a line takes no room: measure without it
            boolean fits = lineWidth + width.applyAsDouble(piece.stripTrailing()) <= maxWidth;
            if (!fits && !line.toString().isBlank()) {
                lines.add(line.toString().strip());
                line.setLength(0);
                lineWidth = 0;
                piece = piece.stripLeading();
            }
            if (width.applyAsDouble(piece.stripTrailing()) > maxWidth) {
                List<String> cut = cutBetweenClusters(piece, maxWidth, width);
                lines.addAll(cut.subList(0, cut.size() - 1));
                piece = cut.get(cut.size() - 1);
            }
            line.append(piece);
            lineWidth += width.applyAsDouble(piece);
        }
        lines.add(line.toString().strip());
    }

    /** The text cut where a line may end, each piece with the spaces that follow it. */
    List<String> pieces(String paragraph) {
        List<String> pieces = new ArrayList<>();
        breaks.setText(paragraph);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = paragraph.substring(start, end);
            if (piece.startsWith(KO_LA) && !pieces.isEmpty()) {
                int last = pieces.size() - 1;
                pieces.set(last, pieces.get(last) + piece);
            } else {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    private List<String> cutBetweenClusters(String word, double maxWidth, ToDoubleFunction<String> width) {
        List<String> parts = new ArrayList<>();
        clusters.setText(word);
        int lineStart = 0;
        int previous = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; previous = end, end = clusters.next()) {
            boolean overflows = width.applyAsDouble(word.substring(lineStart, end)) > maxWidth;
            if (overflows && previous > lineStart) {
                parts.add(word.substring(lineStart, previous));
                lineStart = previous;
            }
        }
        parts.add(word.substring(lineStart));
        return parts;
    }
}
