package org.gflow.plugins.moic.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.gflow.plugin.api.testing.RecordedCall;
import org.junit.jupiter.api.Test;

class EnterpriseLookupIntegrationTest {

    private final EnterpriseLookupIntegration lookup = new EnterpriseLookupIntegration(EnterpriseRegistry.shipped());

    private Map<String, Object> lookUp(String number) {
        return lookup.execute(RecordedCall.of("moic.enterprise-lookup", Map.of("enterpriseNumber", number)))
                .variables();
    }

    @Test
    void aRegisteredActiveEnterpriseIsFoundWithItsNames() {
        assertThat(lookUp("010001024"))
                .containsEntry("enterpriseFound", true)
                .containsEntry("enterpriseNumberValid", true)
                .containsEntry("enterpriseNumber", "01-0001024")
                .containsEntry("enterpriseName", "ບໍລິສັດ ດາວເຮືອງ ການຄ້າ ຈຳກັດ")
                .containsEntry("enterpriseNameEn", "Dao Heuang Trading Co. Ltd")
                .containsEntry("enterpriseProvince", "vientiane");
    }

    @Test
    void aDissolvedEnterpriseIsKnownButNotFoundForALicence() {
        assertThat(lookUp("05-0000921"))
                .containsEntry("enterpriseFound", false)
                .containsEntry("enterpriseActive", false)
                .containsEntry("enterpriseNameEn", "Houayxay Khamphone Gold Shop");
    }

    @Test
    void unknownAndMalformedNumbersAreNotFound() {
        assertThat(lookUp("01-9999999"))
                .containsEntry("enterpriseFound", false)
                .containsEntry("enterpriseNumberValid", true)
                .doesNotContainKey("enterpriseName");
        assertThat(lookUp("ບໍ່ຮູ້"))
                .containsEntry("enterpriseFound", false)
                .containsEntry("enterpriseNumberValid", false);
    }

    @Test
    void withoutANumberTheModelIsWrong() {
        assertThatThrownBy(() -> lookup.execute(RecordedCall.of("moic.enterprise-lookup", Map.of())))
                .hasMessage("missing variable 'enterpriseNumber'");
    }
}
