package org.gflow.processes.eoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.gflow.processes.eoffice.SignoffTrailListener.RecordedDecision;
import org.junit.jupiter.api.Test;

/** The case comment a sign-off leaves is read back as its decision, so a timeline can name it in any language. */
class SignoffDecisionCommentTest {

    @Test
    void aSignoffCommentIsReadBackAsItsDecisionAndTheApproversWords() {
        assertThat(SignoffTrailListener.decisionOf("ສົ່ງຄືນໃຫ້ແກ້ໄຂ: ກະລຸນາເພີ່ມເລກທີ່ດຳລັດ"))
                .contains(new RecordedDecision("return", "ກະລຸນາເພີ່ມເລກທີ່ດຳລັດ"));
        assertThat(SignoffTrailListener.decisionOf("ອະນຸມັດ")).contains(new RecordedDecision("approve", null));
        assertThat(SignoffTrailListener.decisionOf("ປະຕິເສດ: ບໍ່ແມ່ນໜ້າທີ່ຂອງກະຊວງ"))
                .contains(new RecordedDecision("reject", "ບໍ່ແມ່ນໜ້າທີ່ຂອງກະຊວງ"));
    }

    @Test
    void anyOtherCommentIsNoDecision() {
        assertThat(SignoffTrailListener.decisionOf("ອະນຸມັດແລ້ວບໍ?")).isEmpty();
        assertThat(SignoffTrailListener.decisionOf("ກະລຸນາໂທຫາຜູ້ຮ້ອງທຸກ")).isEmpty();
        assertThat(SignoffTrailListener.decisionOf(null)).isEmpty();
    }
}
