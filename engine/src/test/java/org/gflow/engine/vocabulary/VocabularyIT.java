package org.gflow.engine.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary is public and the same for everyone: served without a login, and browsers and
 * proxies may keep it, unlike every other API answer.
 */
class VocabularyIT extends EngineIT {

    @Test
    void anyoneReadsTheNamesOfTheCodesAndMayKeepThem() {
        Api.Reply reply = Api.anonymous(baseUrl()).get("/api/public/vocabulary");

        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        assertThat(reply.raw().headers().allValues("Cache-Control"))
                .singleElement()
                .asString()
                .contains("max-age=3600", "public")
                .doesNotContain("no-store");
        JsonNode mtc = organisation(reply.json(), "mtc");
        assertThat(mtc.path("lo").asText()).isEqualTo("ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ");
        assertThat(mtc.path("en").asText()).isEqualTo("Ministry of Technology and Communications");
        assertThat(reply.json().path("provinces")).hasSize(18);
        assertThat(reply.json().path("businessTypes").findValuesAsText("code")).contains("trade");
    }

    private static JsonNode organisation(JsonNode vocabulary, String code) {
        for (JsonNode organisation : vocabulary.path("organisations")) {
            if (organisation.path("code").asText().equals(code)) {
                return organisation;
            }
        }
        throw new AssertionError("no organisation " + code + " in " + vocabulary);
    }
}
