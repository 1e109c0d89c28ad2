package org.gflow.plugins.opm.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gflow.plugin.api.hotline.PublishedAnswer;
import org.gflow.plugin.api.testing.RecordedCall;
import org.junit.jupiter.api.Test;

class PublishAnswerIntegrationTest {

    private final List<PublishedAnswer> board = new ArrayList<>();
    private final PublishAnswerIntegration publish = new PublishAnswerIntegration(() -> board::add);

    private Map<String, Object> answeredCase() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("trackingNumber", "1516-2026-000042");
        variables.put("category", "transport");
        variables.put("complaintText", "ຂ້ອຍ ນາງ ມະນີວອນ ສີສຸວັນ (020 5555 1234) ແຈ້ງວ່າ ຖະໜົນ 13 ໃຕ້ ເປັນຂຸມເລິກ");
        variables.put("answerText", "ກະຊວງໄດ້ສ້ອມແປງແລ້ວ; ຕິດຕໍ່ ມະນີວອນ ທີ່ manivone@example.la ແລ້ວ");
        variables.put("responsibleOrg", "mpwt");
        variables.put("complaintTrue", true);
        variables.put("citizenName", "ນາງ ມະນີວອນ ສີສຸວັນ");
        return variables;
    }

    @Test
    void publishesTheAnswerWithoutPersonalData() {
        var result = publish.execute(RecordedCall.of("opm.hotline-publish-answer", answeredCase()));

        assertThat(board).singleElement().satisfies(answer -> {
            assertThat(answer.trackingNumber()).isEqualTo("1516-2026-000042");
            assertThat(answer.category()).isEqualTo("transport");
            assertThat(answer.summary()).isEqualTo("ຂ້ອຍ ••• (•••) ແຈ້ງວ່າ ຖະໜົນ 13 ໃຕ້ ເປັນຂຸມເລິກ");
            assertThat(answer.answer()).isEqualTo("ກະຊວງໄດ້ສ້ອມແປງແລ້ວ; ຕິດຕໍ່ ••• ທີ່ ••• ແລ້ວ");
            assertThat(answer.responsibleBody()).isEqualTo("mpwt");
            assertThat(answer.substantiated()).isTrue();
        });
        assertThat(result.variables()).containsEntry("answerPublished", true).containsKey("answerPublishedAt");
    }

    @Test
    void aLongComplaintIsShortenedOnThePublicPage() {
        Map<String, Object> variables = answeredCase();
        variables.put("complaintText", "ກ".repeat(PublishAnswerIntegration.SUMMARY_LIMIT + 50));

        publish.execute(RecordedCall.of("opm.hotline-publish-answer", variables));

        assertThat(board.get(0).summary())
                .hasSize(PublishAnswerIntegration.SUMMARY_LIMIT + 1)
                .endsWith("…");
    }

    @Test
    void withoutAnAnswerNothingIsPublished() {
        Map<String, Object> variables = answeredCase();
        variables.remove("answerText");

        assertThatThrownBy(() -> publish.execute(RecordedCall.of("opm.hotline-publish-answer", variables)))
                .hasMessage("missing variable 'answerText'");
        assertThat(board).isEmpty();
    }

    @Test
    void withoutTheBoardServiceTheCallFailsTechnically() {
        PublishAnswerIntegration noBoard = new PublishAnswerIntegration(() -> {
            throw new IllegalStateException("the engine's PublicAnswerBoard service is not available");
        });

        assertThatThrownBy(() -> noBoard.execute(RecordedCall.of("opm.hotline-publish-answer", answeredCase())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PublicAnswerBoard");
    }
}
