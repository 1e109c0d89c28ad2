package org.gflow.plugin.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void hidesLaoPhoneNumbersInEveryUsualWriting() {
        assertThat(PersonalData.redact("ໂທຫາ 020 5555 1234 ຫຼື +856 20 9876 5432, ຫ້ອງການ 021-212345, (020)77778888"))
                .isEqualTo("ໂທຫາ ••• ຫຼື •••, ຫ້ອງການ •••, •••");
        assertThat(PersonalData.redact("ເບີ 02055551234.")).isEqualTo("ເບີ •••.");
        assertThat(PersonalData.redact("ນາງ ມະນີວອນ (020 5555 1234) ແຈ້ງວ່າ")).isEqualTo("ນາງ ມະນີວອນ (•••) ແຈ້ງວ່າ");
    }

    @Test
    void hidesForeignNumbersGivenWithTheirCountryCode() {
        assertThat(PersonalData.redact("ໂທຈາກໄທ +66 81 234 5678")).isEqualTo("ໂທຈາກໄທ •••");
    }

    @Test
    void keepsTrackingNumbersDatesAmountsAndEnterpriseNumbers() {
        String text = "ຄຳຮ້ອງ 1516-2026-000042 ວັນທີ 2026-11-21, ຈ່າຍ 1,500,000 ກີບ, ຄ່າປັບ 2500000 ກີບ, "
                + "ວິສາຫະກິດ 160002640, ຖະໜົນ 13";
        assertThat(PersonalData.redact(text)).isEqualTo(text);
    }

    @Test
    void hidesEmailAddresses() {
        assertThat(PersonalData.redact("ສົ່ງໄປທີ່ somsack.p@gmail.com ຫຼື khamla@mof.gov.la ແລ້ວ"))
                .isEqualTo("ສົ່ງໄປທີ່ ••• ຫຼື ••• ແລ້ວ");
    }

    @Test
    void hidesIdentityNumbersNamedAsSuchButKeepsTheWordsBeforeThem() {
        assertThat(PersonalData.redact("ບັດປະຈຳຕົວ ເລກທີ 0123456789 ຂອງຂ້ອຍ"))
                .isEqualTo("ບັດປະຈຳຕົວ ເລກທີ ••• ຂອງຂ້ອຍ");
        assertThat(PersonalData.redact("ຂ້ອຍມີປຶ້ມສຳມະໂນຄົວເລກທີ 01-2345678"))
                .isEqualTo("ຂ້ອຍມີປຶ້ມສຳມະໂນຄົວເລກທີ •••");
        assertThat(PersonalData.redact("ID card no. AB123456, passport: P1234567"))
                .isEqualTo("ID card no. •••, passport: •••");
        assertThat(PersonalData.redact("a valid 123456 request")).isEqualTo("a valid 123456 request");
    }

    @Test
    void hidesThePersonsNameWholeAndInPartsButNotTheTitles() {
        String text = "ທ້າວ ສົມສັກ ພົມມະວົງ ແຈ້ງວ່າ ທ່ານ ພົມມະວົງ ຖືກເກັບເງິນເກີນ; Somsack said so too";

        assertThat(PersonalData.redact(text, "ທ້າວ ສົມສັກ ພົມມະວົງ"))
                .isEqualTo("••• ແຈ້ງວ່າ ທ່ານ ••• ຖືກເກັບເງິນເກີນ; Somsack said so too");
        assertThat(PersonalData.redact("SOMSACK phommavong called", "Somsack Phommavong"))
                .isEqualTo("••• called");
    }

    @Test
    void leavesTextWithoutPersonalDataAloneAndKeepsNull() {
        assertThat(PersonalData.redact("ຖະໜົນເປັນຂຸມ", " ")).isEqualTo("ຖະໜົນເປັນຂຸມ");
        assertThat(PersonalData.redact(null, "x")).isNull();
        assertThat(PersonalData.redact("ໂທ •••")).isEqualTo("ໂທ •••");
    }
}
