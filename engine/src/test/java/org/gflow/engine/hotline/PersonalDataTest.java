package org.gflow.engine.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void hidesLaoPhoneNumbersInEveryUsualWriting() {
        assertThat(PersonalData.redact("ໂທ 020 5555 1234 ຫຼື +856 20 5555 1234 ຫຼື 021-212345"))
            .isEqualTo("ໂທ ••• ຫຼື ••• ຫຼື •••");
        assertThat(PersonalData.redact("ເບີ 02055551234.")).isEqualTo("ເບີ •••.");
    }

    @Test
    void hidesEmailAddresses() {
        assertThat(PersonalData.redact("ສົ່ງຫາ khamla.s@example.la ແດ່")).isEqualTo("ສົ່ງຫາ ••• ແດ່");
    }

    @Test
    void keepsTrackingNumbersDatesAndAmounts() {
        String text = "ຄຳຮ້ອງ 1516-2026-000042 ວັນທີ 2026-11-21 ຄ່າປັບ 2500000 ກີບ";
        assertThat(PersonalData.redact(text)).isEqualTo(text);
    }
}
