package org.gflow.engine.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.CamundaJson.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.CamundaJson;
import org.gflow.engine.EngineIT;
import org.gflow.engine.StartBody;
import org.junit.jupiter.api.Test;

/**
 * A letter as its approvers and drafter meet it through the REST doors: each approver's form
 * starts empty, the drafter sees why it came back, the case timeline tells every decision with
 * its comment, and the approver about to sign previews a draft PDF nobody else may fetch and
 * that is never archived.
 */
class LetterReviewIT extends EngineIT {

    private static final String DRAFTER = "sengdao.moic";

    @Test
    void approversDecideOnEmptyFormsPreviewTheDraftAndTheDrafterSeesTheReturns() throws IOException {
        Api drafter = Api.as(baseUrl(), DRAFTER);
        String caseId = startLetter(drafter, "letter-review-" + System.nanoTime());
        completeTask(drafter, caseId, "writeLetter", Map.of("variables", Map.of()));

        Api divisionHead = Api.as(baseUrl(), "manivone.moic");
        String firstSignoff = onlyTask(divisionHead, caseId, "signOff");
        byte[] draft = divisionHead.getBytes("/api/inbox/tasks/" + firstSignoff + "/letter-preview.pdf");
        assertThat(new String(draft, 0, 5)).isEqualTo("%PDF-");
        assertThat(textOf(draft))
                .contains("DRAFT")
                .contains("cannot be verified")
                .doesNotContain("/verify/");
        assertThat(Api.as(baseUrl(), "keo.moic")
                        .download("/api/inbox/tasks/" + firstSignoff + "/letter-preview.pdf")
                        .status())
                .as("someone else's sign-off")
                .isEqualTo(403);
        assertThat(divisionHead
                        .download("/api/inbox/tasks/no-such-task/letter-preview.pdf")
                        .status())
                .isEqualTo(404);

        decide(caseId, "manivone.moic", "approve", "ເຫັນດີ");
        assertThat(startsEmpty(Api.as(baseUrl(), "keo.moic"), caseId))
                .as("second approver's form")
                .isTrue();
        decide(caseId, "keo.moic", "return", "ກະລຸນາເພີ່ມເລກທີ່ດຳລັດ");

        String revision = onlyTask(drafter, caseId, "reviseLetter");
        assertThat(drafter.get("/engine-rest/task/" + revision + "/variables/returnReasons")
                        .json()
                        .path("value")
                        .asText())
                .contains("keo.moic: ກະລຸນາເພີ່ມເລກທີ່ດຳລັດ");
        completeTask(drafter, caseId, "reviseLetter", variables("letterBody", "ສະບັບແກ້ໄຂ"));

        assertThat(startsEmpty(divisionHead, caseId))
                .as("first approver's form, second round")
                .isTrue();
        decide(caseId, "manivone.moic", "reject", "ບໍ່ແມ່ນໜ້າທີ່ຂອງກະຊວງ");

        assertThat(Api.as(baseUrl(), "admin")
                        .get("/api/cases/" + caseId + "/documents")
                        .json())
                .as("nothing archived")
                .isEmpty();
        List<String> told = new ArrayList<>();
        // each decision by its code (the web app names it in the reader's language), with its reason
        drafter.get("/api/inbox/cases/" + caseId + "/timeline")
                .json()
                .forEach(entry -> told.add(entry.path("kind").asText() + " "
                        + entry.path("decision").asText() + ": "
                        + entry.path("text").asText()));
        assertThat(told).contains("decision return: ກະລຸນາເພີ່ມເລກທີ່ດຳລັດ", "decision reject: ບໍ່ແມ່ນໜ້າທີ່ຂອງກະຊວງ");
    }

    private String startLetter(Api drafter, String businessKey) {
        return drafter.start(
                "document-approval",
                StartBody.letter(
                                "moic",
                                "ແຈ້ງການກອງປະຊຸມ",
                                "ຮຽນ ທຸກພະແນກ, ຂໍເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ.",
                                CamundaJson.list("moic-licence-reviewers"))
                        .businessKey(businessKey)
                        .json());
    }

    /** Whether the approver's open sign-off task offers no decision and no comment yet. */
    private boolean startsEmpty(Api approver, String caseId) {
        JsonNode variables = approver.get("/engine-rest/task/" + onlyTask(approver, caseId, "signOff") + "/variables")
                .json();
        return isEmpty(variables.path("decision").path("value"))
                && isEmpty(variables.path("comment").path("value"));
    }

    private static boolean isEmpty(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    private void decide(String caseId, String approver, String decision, String comment) {
        completeTask(
                Api.as(baseUrl(), approver), caseId, "signOff", variables("decision", decision, "comment", comment));
    }

    private static String textOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
