package org.gflow.engine.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;
import static org.gflow.engine.CamundaJson.variables;

import java.util.List;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.CamundaJson;
import org.gflow.engine.EngineIT;
import org.gflow.engine.StartBody;
import org.gflow.engine.notify.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An official letter of the Ministry of Industry and Commerce through its sign-off chain, which
 * the engine builds from the drafter's managers in the directory: returned once by the
 * department head, then signed by all three levels, numbered, rendered and distributed.
 */
class LetterSignoffIT extends EngineIT {

    private static final String DRAFTER = "sengdao.moic";
    private static final List<String> CHAIN = List.of("manivone.moic", "keo.moic", "noy.moic");

    @Autowired
    Notifications notifications;

    @Test
    void aLetterReturnedOnceIsSignedNumberedAndDistributed() {
        Api drafter = Api.as(baseUrl(), DRAFTER);
        String caseId = drafter.start(
                "document-approval",
                StartBody.letter(
                                "moic",
                                "ແຈ້ງການກ່ຽວກັບການຕໍ່ອາຍຸໃບອະນຸຍາດ",
                                "ຮຽນ ທຸກພະແນກ, ກະຊວງຂໍແຈ້ງວ່າ ການຕໍ່ອາຍຸໃບອະນຸຍາດ ຕ້ອງຍື່ນກ່ອນ 30 ວັນ.",
                                CamundaJson.list("moic-licence-reviewers", "noy.moic"))
                        .businessKey("letter-it-1")
                        .json());

        completeTask(drafter, caseId, "writeLetter", Map.of("variables", Map.of()));
        decide(caseId, "manivone.moic", "approve", "ເຫັນດີ");
        decide(caseId, "keo.moic", "return", "ກະລຸນາເພີ່ມເລກທີ່ດຳລັດ");
        completeTask(
                drafter,
                caseId,
                "reviseLetter",
                variables("letterBody", "ຮຽນ ທຸກພະແນກ, ອີງຕາມດຳລັດເລກທີ 25, ການຕໍ່ອາຍຸໃບອະນຸຍາດ ຕ້ອງຍື່ນກ່ອນ 30 ວັນ."));
        for (String approver : CHAIN) {
            decide(caseId, approver, "approve", "ເຫັນດີ");
        }

        eventually("the letter is distributed", () -> caseEnded(caseId));
        String registryNumber = caseVariable(caseId, "registryNumber").asText();
        assertThat(registryNumber).matches("MOIC-\\d{4}-\\d{4}");
        assertThat(caseVariable(caseId, "documentCode").asText()).isNotBlank();
        assertThat(notifications.ofCase("letter-it-1"))
                .extracting(Notifications.Message::recipient)
                .contains("moic-licence-reviewers", "noy.moic");
    }

    private void decide(String caseId, String approver, String decision, String comment) {
        completeTask(
                Api.as(baseUrl(), approver), caseId, "signOff", variables("decision", decision, "comment", comment));
    }
}
