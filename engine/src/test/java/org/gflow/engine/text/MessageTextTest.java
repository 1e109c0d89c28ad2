package org.gflow.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void fillsNamedPlaceholders() {
        assertThat(MessageText.format(
                        "ຄຳຮ້ອງທຸກ {trackingNumber} ມອບໃຫ້ {org}",
                        Map.of("trackingNumber", "1516-2026-000042", "org", "bokeo")))
                .isEqualTo("ຄຳຮ້ອງທຸກ 1516-2026-000042 ມອບໃຫ້ bokeo");
    }

    @Test
    void writesNumbersAsTheDocumentsDoAndChoosesByPlural() {
        assertThat(MessageText.format("{fee} ກີບ", Map.of("fee", 1_500_000))).isEqualTo("1,500,000 ກີບ");
        assertThat(MessageText.format("{count, plural, one {one case} other {# cases}}", Map.of("count", 3)))
                .isEqualTo("3 cases");
    }

    @Test
    void aMissingValueLeavesNoPlaceholderBehind() {
        assertThat(MessageText.format("ຮຽນ {applicantName},", Map.of())).isEqualTo("ຮຽນ ,");
    }

    @Test
    void aLiteralTextIsPrintedUnchanged() {
        String text = "The Minister's office {not a placeholder} 'quoted'";
        assertThat(MessageText.format(MessageText.literal(text) + " {x}", Map.of("x", "!")))
                .isEqualTo(text + " !");
        assertThat(MessageText.argumentNames(MessageText.literal(text) + " {x}"))
                .containsExactly("x");
    }
}
