package org.gflow.plugins.moic.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.testing.RecordedCall;
import org.gflow.plugin.api.testing.TestPluginContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnterpriseRegistryTest {

    private static final String HEADER =
            "enterprise_number,name_lo,name_en,province,business_type,registered_on,status\n";

    @Test
    void theShippedExtractIsReadableAndCoversEveryRegion() {
        EnterpriseRegistry registry = EnterpriseRegistry.shipped();

        assertThat(registry.size()).isGreaterThanOrEqualTo(30);
        assertThat(registry.find(new EnterpriseNumber(16, 2640))).hasValueSatisfying(enterprise -> {
            assertThat(enterprise.nameLao()).isEqualTo("ບໍລິສັດ ປາກເຊ ກາເຟ ພູພຽງບໍລະເວນ ຈຳກັດ");
            assertThat(enterprise.province()).isEqualTo("champasak");
            assertThat(enterprise.active()).isTrue();
        });
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        String csv = HEADER
                + "01-0000001,ກ,A,vientiane,trade,2020-01-01,active\n01-0000002,ຂ,B,vientiane,trade,2020-01-01,closed\n";

        assertThatThrownBy(() -> read(csv)).hasMessage("line 3: status must be active or dissolved, got 'closed'");
        assertThatThrownBy(() -> read(HEADER + "1-1,ກ,A,vientiane,trade,2020-01-01,active\n"))
                .hasMessage("line 2: bad enterprise number '1-1'");
        assertThatThrownBy(() -> read(HEADER + "01-0000001,ກ,A\n")).hasMessage("line 2: expected 7 columns, got 3");
    }

    @Test
    void aNumberListedTwiceIsRefused() {
        String line = "01-0000001,ກ,A,vientiane,trade,2020-01-01,active\n";

        assertThatThrownBy(() -> read(HEADER + line + line)).hasMessage("line 3: number 01-0000001 appears twice");
    }

    @Test
    void aQuotedNameMayHoldACommaAndTheRegistryMayComeFromAFileTheSettingNames(@TempDir Path dir) throws Exception {
        Path extract = Files.writeString(
                dir.resolve("enterprises.csv"),
                HEADER + "01-0000009,\"ບໍລິສັດ ກ, ຂ ຈຳກັດ\",\"K, and Kh Co. Ltd\",vientiane,trade,2020-01-01,active\n");

        EnterpriseRegistry registry = EnterpriseRegistry.from(extract.toString());

        assertThat(registry.size()).isEqualTo(1);
        assertThat(registry.find(new EnterpriseNumber(1, 9)))
                .hasValueSatisfying(
                        enterprise -> assertThat(enterprise.nameEnglish()).isEqualTo("K, and Kh Co. Ltd"));
    }

    @Test
    void theFactoryReadsTheRegistryItsSettingNames() throws Exception {
        Integration lookup = new EnterpriseLookupFactory()
                .create(TestPluginContext.of(
                        "moic-business-licence",
                        Map.of(EnterpriseLookupFactory.REGISTRY_SOURCE, EnterpriseRegistry.SHIPPED_SOURCE)));

        assertThat(lookup.execute(RecordedCall.of(
                                EnterpriseLookupIntegration.TOPIC, Map.of("enterpriseNumber", "16-0002640")))
                        .variables())
                .containsEntry("enterpriseFound", true);
        assertThatThrownBy(() -> new EnterpriseLookupFactory()
                        .create(TestPluginContext.of(
                                "moic-business-licence",
                                Map.of(EnterpriseLookupFactory.REGISTRY_SOURCE, "/nowhere/enterprises.csv"))))
                .hasMessageContaining("cannot read the enterprise registry extract /nowhere/enterprises.csv");
    }

    private static EnterpriseRegistry read(String csv) throws Exception {
        return EnterpriseRegistry.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
