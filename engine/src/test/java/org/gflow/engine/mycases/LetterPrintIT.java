package org.gflow.engine.mycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.CamundaJson.variables;

import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.CamundaJson;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * A signed letter's print view reads it as issued ({@code /api/cases/{id}/letter}): its subject,
 * text, ministry, registry number and recipients, for those who may open the case; another
 * ministry's civil servant, and a case that is no letter, are answered 404.
 */
class LetterPrintIT extends EngineIT {

    private static final String DRAFTER = "sengdao.moic";
    private static final String APPROVER = "manivone.moic";

    @Test
    void aSignedLetterPrintsWithItsRegistryNumber() {
        Api drafter = Api.as(baseUrl(), DRAFTER);
        String caseId = drafter.start(
                "document-approval",
                Map.of(
                        "businessKey",
                        "letter-print-" + System.nanoTime(),
                        "variables",
                        Map.of(
                                "ministry", Map.of("value", "moic"),
                                "subject", Map.of("value", "ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມປະຈຳປີ"),
                                "letterBody", Map.of("value", "ຮຽນ ທ່ານ ລັດຖະມົນຕີ, ຂໍເຊີນເຂົ້າຮ່ວມກອງປະຊຸມປະຈຳປີ."),
                                "approvers", CamundaJson.list(APPROVER),
                                "recipients", CamundaJson.list("mtc"))));
        completeTask(drafter, caseId, "writeLetter", Map.of("variables", Map.of()));
        completeTask(Api.as(baseUrl(), APPROVER), caseId, "signOff", variables("decision", "approve", "comment", ""));

        Api.eventually(
                "the letter is registered",
                () -> drafter.get("/api/cases/" + caseId + "/letter").json().hasNonNull("registryNumber"));
        Api.Reply letter = drafter.get("/api/cases/" + caseId + "/letter");
        assertThat(letter.text("subject")).isEqualTo("ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມປະຈຳປີ");
        assertThat(letter.text("letterBody")).startsWith("ຮຽນ ທ່ານ ລັດຖະມົນຕີ");
        assertThat(letter.text("ministry")).isEqualTo("moic");
        assertThat(letter.json().path("recipients").get(0).asText()).isEqualTo("mtc");
        assertThat(letter.json().hasNonNull("registeredAt")).isTrue();

        assertThat(Api.as(baseUrl(), "nalinh.bokeo")
                        .get("/api/cases/" + caseId + "/letter")
                        .status())
                .isEqualTo(404);
        String complaint = Api.as(baseUrl(), "phonsavanh.opm")
                .startPhoneComplaint("ໄຟທາງບ້ານໜອງບົວ ດັບ", "public-service", "bokeo");
        assertThat(Api.as(baseUrl(), "admin")
                        .get("/api/cases/" + complaint + "/letter")
                        .status())
                .isEqualTo(404);
    }
}
