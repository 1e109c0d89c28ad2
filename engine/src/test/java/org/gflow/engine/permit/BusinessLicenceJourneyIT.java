package org.gflow.engine.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;
import static org.gflow.engine.CamundaJson.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.gflow.engine.StartBody;
import org.gflow.engine.documents.Poppler;
import org.gflow.engine.documents.QrReading;
import org.junit.jupiter.api.Test;

/**
 * A business licence from application to certificate: MOIC's front office opens it, the
 * registry lookup (MOIC's plugin) finds the enterprise, the reviewer and the fee table do their
 * part, a payment of the wrong amount is caught (MOF's plugin) and paid again, the director
 * approves, and the certificate it produces is genuine on the public verification page.
 */
class BusinessLicenceJourneyIT extends EngineIT {

    private static final String APPLICATION = "MOIC-APP-IT-0001";

    @Test
    void anApplicationOpenedWithoutAReferenceGetsOne() {
        Api.Reply started = Api.as(baseUrl(), "khamsouk.monre")
                .post(
                        "/engine-rest/process-definition/key/permit/start",
                        StartBody.permit(
                                        "environment-permit", "ບໍລິສັດ ນ້ຳງື່ມ ພະລັງງານ ຈຳກັດ", "large", 2_000_000_000L)
                                .json());
        assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
        assertThat(started.text("businessKey")).matches("APP-\\d{4}-\\d{6}");
    }

    @Test
    void anApplicationEndsWithAVerifiableCertificate() throws Exception {
        Api frontOffice = Api.as(baseUrl(), "bouasone.moic");
        Api.Reply started = frontOffice.post(
                "/engine-rest/process-definition/key/permit/start",
                StartBody.permit("business-licence", "ບໍລິສັດ ດາວເຮືອງ ການຄ້າ ຈຳກັດ", "medium", 800_000_000L)
                        .with("applicantPhone", "020 2222 3333")
                        .with("enterpriseNumber", "01-0001024")
                        .with("businessType", "trade")
                        .with("businessAddress", "ບ້ານ ໂພນໄຊ, ເມືອງ ໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ")
                        .with("applicationSummary", "ຂໍອະນຸຍາດເປີດຮ້ານຂາຍຍົກ ເຄື່ອງໃຊ້ໄຟຟ້າ")
                        .businessKey(APPLICATION)
                        .json());
        assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
        String caseId = started.text("id");
        Api admin = Api.as(baseUrl(), "admin");

        completeTask(frontOffice, caseId, "checkCompleteness", variables("documentsComplete", true));
        assertThat(caseVariable(caseId, "enterpriseFound").asBoolean()).isTrue();
        completeTask(
                Api.as(baseUrl(), "chanthala.moic"),
                caseId,
                "technicalReview",
                variables("reviewNotes", "ເອກະສານຄົບຖ້ວນ, ສະຖານທີ່ເໝາະສົມ"));

        eventually(
                "the fee is set",
                () -> admin.get("/engine-rest/process-instance/" + caseId + "/variables/feeAmount")
                                .status()
                        == 200);
        long fee = caseVariable(caseId, "feeAmount").asLong();
        assertThat(fee).isPositive();

        pay(admin, caseId, fee - 1000);
        completeTask(
                frontOffice,
                caseId,
                "resolvePaymentProblem",
                variables("paymentNote", "ຂາດ 1,000 ກີບ, ແຈ້ງຜູ້ຍື່ນແລ້ວ"));
        pay(admin, caseId, fee);
        completeTask(
                Api.as(baseUrl(), "thongsavanh.moic"),
                caseId,
                "decidePermit",
                variables(
                        "permitDecision", "approve", "decisionReasons", "ຄົບຕາມເງື່ອນໄຂ", "validUntil", "30/12/2031"));

        eventually("the licence is issued", () -> {
            JsonNode incidents = admin.get("/engine-rest/incident?processInstanceId=" + caseId)
                    .json();
            assertThat(incidents).as("incidents").isEmpty();
            JsonNode failing = admin
                    .get("/engine-rest/external-task?processInstanceId=" + caseId + "&withRetriesLeft=true")
                    .json()
                    .findValues("errorMessage")
                    .stream()
                    .filter(m -> !m.isNull())
                    .findFirst()
                    .orElse(null);
            assertThat(failing).as("a failing step").isNull();
            return caseEnded(caseId);
        });
        assertThat(caseVariable(caseId, "receiptNumber").asText()).matches("MOF-\\d{4}-\\d{6}");
        String code = caseVariable(caseId, "documentCode").asText();
        Api.Reply verified = Api.anonymous(baseUrl()).get("/api/public/documents/" + code);
        assertThat(verified.status()).as(verified.raw().body()).isEqualTo(200);
        assertThat(verified.raw().body()).contains("ດາວເຮືອງ");
        assertThat(verified.text("validUntil"))
                .as("typed day first, kept as that day")
                .isEqualTo("2031-12-30");
        assertThat(verified.text("caseNumber")).isEqualTo(started.text("businessKey"));
        assertThat(verified.text("serial")).isNotBlank();

        // the certificate itself: Lao text intact, and a QR code that opens its verification page
        byte[] pdf = Api.as(baseUrl(), "thongsavanh.moic")
                .getBytes("/api/documents/" + caseVariable(caseId, "documentId").asText() + "/pdf");
        assertThat(Poppler.text(pdf))
                .contains("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ")
                .contains("ດາວເຮືອງ")
                .contains("30/12/2031")
                .as("the business type by its name, the deciding director by name and directory title")
                .doesNotContain("trade")
                .contains("ທອງສະຫວັນ ວົງສະຫວາດ")
                .contains("ຜູ້ອຳນວຍການອະນຸມັດໃບອະນຸຍາດ")
                .contains("Licence director, Ministry of Industry and Commerce");
        Path page = Poppler.firstPagePng(pdf, "permit-journey-certificate", 150);
        assertThat(QrReading.decode(page)).endsWith("/verify/" + code);
    }

    private void pay(Api paymentGateway, String caseId, long amount) {
        eventually(
                "the case waits for the payment",
                () -> paymentGateway
                                .get("/engine-rest/event-subscription?" + "processInstanceId=" + caseId
                                        + "&eventName=PermitPaymentReceived")
                                .json()
                                .size()
                        == 1);
        Api.Reply paid = paymentGateway.post(
                "/engine-rest/message",
                Map.of(
                        "messageName",
                        "PermitPaymentReceived",
                        "businessKey",
                        APPLICATION,
                        "processVariables",
                        Map.of(
                                "paidAmount", Map.of("value", amount, "type", "Long"),
                                "paymentReference", Map.of("value", "BCEL-" + amount))));
        assertThat(paid.status()).as(paid.raw().body()).isIn(200, 204);
    }
}
