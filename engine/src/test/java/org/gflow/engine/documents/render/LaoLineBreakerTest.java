package org.gflow.engine.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.gflow.engine.documents.DocumentSamples;
import org.junit.jupiter.api.Test;

class LaoLineBreakerTest {

    private final LaoLineBreaker breaker = new LaoLineBreaker();
    private final TextStyle style = TextStyle.regular(11.5f);
    private final ToDoubleFunction<String> width = style::width;

    @Test
    void aLaoLineLongerThanTheColumnBreaksOnlyAtIcuWordBoundaries() {
        String text = DocumentSamples.LONG_CONDITION;

        List<String> lines = breaker.wrap(text, 200, width);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo(text);
        BreakIterator words = BreakIterator.getWordInstance(new ULocale("lo"));
        words.setText(text);
        int offset = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            offset += line.length();
            assertThat(words.isBoundary(offset))
                    .as("break after '%s' is a word boundary", line)
                    .isTrue();
            assertThat(width.applyAsDouble(line)).isLessThanOrEqualTo(200);
        }
    }

    @Test
    void spacesBetweenWordsDoNotStartOrEndALine() {
        List<String> lines = breaker.wrap(OfficialDocumentRenderer.MOTTO_LO, 120, width);

        assertThat(lines)
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line).isEqualTo(line.strip()));
        assertThat(String.join(" ", lines)).isEqualTo(OfficialDocumentRenderer.MOTTO_LO);
    }

    @Test
    void aWordWiderThanTheColumnIsCutBetweenClustersNeverInsideOne() {
        String word = "ປະຊາທິປະໄຕ";

        List<String> parts = breaker.wrap(word, 18, width);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(String.join("", parts)).isEqualTo(word);
        // a vowel sign or tone mark never starts a part: it stays with its consonant
        assertThat(parts)
                .allSatisfy(part -> assertThat(UCharacter.getType(part.codePointAt(0)))
                        .isNotEqualTo((int) UCharacter.NON_SPACING_MARK));
    }

    @Test
    void explicitLineBreaksAreKept() {
        assertThat(breaker.wrap("ໜຶ່ງ\nສອງ\n\nສາມ", 500, width)).containsExactly("ໜຶ່ງ", "ສອງ", "", "ສາມ");
    }

    @Test
    void theRepetitionMarkStaysWithItsWordEvenAfterASpace() {
        assertThat(breaker.pieces("ດີ ໆ ແລະ ງາມ")).noneMatch(piece -> piece.startsWith("ໆ"));
    }

    @Test
    void openingQuotesAndBracketsStayWithTheWordAfterThem() {
        List<String> pieces = breaker.pieces("ແຈ້ງ “ການປ່ຽນແປງ” ພາຍໃນ 30 ວັນ (ສາມສິບວັນ).");

        assertThat(pieces)
                .noneMatch(piece -> piece.strip().endsWith("“") || piece.strip().endsWith("("));
        assertThat(pieces).noneMatch(piece -> piece.startsWith("”") || piece.startsWith(")") || piece.startsWith("."));
    }

    @Test
    void closingPunctuationStaysWithTheWordBeforeIt() {
        List<String> pieces = breaker.pieces("ສະບາຍດີ. (ລາວ) ໆ");

        assertThat(pieces).noneMatch(piece -> piece.startsWith(".") || piece.startsWith(")"));
        assertThat(pieces).anyMatch(piece -> piece.startsWith("(ລາວ"));
    }
}
