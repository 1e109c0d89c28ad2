package org.gflow.plugins.opm.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataRedactorTest {

    private final PersonalDataRedactor redactor = new PersonalDataRedactor();

    @Test
    void removesLaoPhoneNumbersInEveryUsualWriting() {
        String text = "ໂທຫາ 020 5555 1234 ຫຼື +856 20 9876 5432, ຫ້ອງການ 021-212345, (020)77778888";

        assertThat(redactor.redact(text, null)).isEqualTo("ໂທຫາ *** ຫຼື ***, ຫ້ອງການ ***, ***");
    }

    @Test
    void keepsDatesTrackingNumbersAndAmounts() {
        String text = "ຄຳຮ້ອງ 1516-2026-000042 ວັນທີ 2026-11-21, ຈ່າຍ 1,500,000 ກີບ, ຖະໜົນ 13";

        assertThat(redactor.redact(text, null)).isEqualTo(text);
    }

    @Test
    void removesEmailAddresses() {
        assertThat(redactor.redact("ສົ່ງໄປທີ່ somsack.p@gmail.com ແລ້ວ", null)).isEqualTo("ສົ່ງໄປທີ່ *** ແລ້ວ");
    }

    @Test
    void removesTheComplainantsNameWholeAndInPartsButNotTheTitles() {
        String text = "ທ້າວ ສົມສັກ ພົມມະວົງ ແຈ້ງວ່າ ທ່ານ ພົມມະວົງ ຖືກເກັບເງິນເກີນ; Somsack said so too";

        assertThat(redactor.redact(text, "ທ້າວ ສົມສັກ ພົມມະວົງ"))
            .isEqualTo("*** ແຈ້ງວ່າ ທ່ານ *** ຖືກເກັບເງິນເກີນ; Somsack said so too");
        assertThat(redactor.redact("SOMSACK phommavong called", "Somsack Phommavong")).isEqualTo("*** called");
    }

    @Test
    void leavesTextAloneWithoutPersonalDataAndKeepsNull() {
        assertThat(redactor.redact("ຖະໜົນເປັນຂຸມ", " ")).isEqualTo("ຖະໜົນເປັນຂຸມ");
        assertThat(redactor.redact(null, "x")).isNull();
    }
}
