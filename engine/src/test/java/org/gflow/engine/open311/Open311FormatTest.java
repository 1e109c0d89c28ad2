package org.gflow.engine.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One tree, two shapes: the XML carries the JSON's names, lists wrapped as the protocol names them. */
class Open311FormatTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void xmlWrapsEachListAsTheProtocolNamesItsItemsAndEscapesText() {
        Open311Services.Definition definition = new Open311Services.Definition(
                "public-service",
                List.of(new Open311Services.Attribute(
                        true,
                        "province",
                        "singlevaluelist",
                        true,
                        "one key",
                        1,
                        "Where <the> problem & is",
                        List.of(new Open311Services.Value("bokeo", "ບໍ່ແກ້ວ")))));

        String xml = Open311Format.XML.write(json, "service_definition", definition);

        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_definition><service_code>public-service"
                        + "</service_code><attributes><attribute><variable>true</variable>")
                .contains("<description>Where &lt;the&gt; problem &amp; is</description>")
                .contains("<values><value><key>bokeo</key><name>ບໍ່ແກ້ວ</name></value></values>")
                .endsWith("</attribute></attributes></service_definition>");
        assertThat(Open311Format.JSON.write(json, "service_definition", definition))
                .startsWith("{\"service_code\":\"public-service\",\"attributes\":[{\"variable\":true");
    }

    @Test
    void errorsAreAListOfCodeAndDescription() {
        List<Open311Errors.Error> errors = List.of(new Open311Errors.Error(403, "api_key is missing"));

        assertThat(Open311Format.XML.write(json, "errors", errors))
                .endsWith(
                        "<errors><error><code>403</code><description>api_key is missing</description></error></errors>");
        assertThat(Open311Format.JSON.write(json, "errors", errors))
                .isEqualTo("[{\"code\":403,\"description\":\"api_key is missing\"}]");
    }

    @Test
    void theFormatIsThePathsEnding() {
        assertThat(Open311Format.named("XML")).isEqualTo(Open311Format.XML);
        assertThat(Open311Format.ofPath("/open311/v2/requests.xml")).isEqualTo(Open311Format.XML);
        assertThat(Open311Format.ofPath("/open311/v2/requests.json")).isEqualTo(Open311Format.JSON);
        assertThatThrownBy(() -> Open311Format.named("html")).isInstanceOf(Open311Exception.class);
    }
}
