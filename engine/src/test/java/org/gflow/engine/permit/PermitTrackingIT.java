package org.gflow.engine.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;
import static org.gflow.engine.CamundaJson.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.gflow.engine.StartBody;
import org.junit.jupiter.api.Test;

/**
 * The permit applicant follows the application by the reference and the access code the front
 * office printed on the receipt: the right code shows where it stands, then the decision and
 * the certificate; a wrong code, another clerk or a guesser learn nothing.
 */
class PermitTrackingIT extends EngineIT {

    private static final String FRONT_OFFICE = "bouasone.moic";
    private static final String APPLICANT_PHONE = "020 5555 1234";

    @Test
    void theApplicantFollowsTheApplicationToItsCertificateWithTheReceiptsCode() {
        Api frontOffice = Api.as(baseUrl(), FRONT_OFFICE);
        Api.Reply started = start(frontOffice);
        String caseId = started.text("id");
        String reference = started.text("businessKey");
        Api.Reply issued = frontOffice.post("/api/inbox/cases/" + caseId + "/applicant-code", null);
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
        assertThat(issued.text("trackingNumber")).isEqualTo(reference);
        String track = "/api/public/permits/" + reference + "?code=";
        Api applicant = Api.anonymous(baseUrl());

        // typed in lower case with a dash, as people do
        String typed = issued.text("trackingCode").toLowerCase().substring(0, 4) + "-"
                + issued.text("trackingCode").substring(4);
        Api.Reply received = applicant.get(track + typed);
        assertThat(received.status()).as(received.raw().body()).isEqualTo(200);
        assertThat(received.text("stage")).isEqualTo("RECEIVED");
        assertThat(received.text("permitType")).isEqualTo("business-licence");
        assertThat(received.text("ministry")).isEqualTo("moic");
        assertThat(received.json().has("certificateCode")).isFalse();
        assertThat(received.raw().body())
                .as("nothing personal, nothing internal")
                .doesNotContain(APPLICANT_PHONE)
                .doesNotContain("trackingCodeHash")
                .doesNotContain(FRONT_OFFICE);

        completeTask(frontOffice, caseId, "checkCompleteness", variables("documentsComplete", true));
        completeTask(
                Api.as(baseUrl(), "chanthala.moic"),
                caseId,
                "technicalReview",
                variables("reviewNotes", "ບັນທຶກພາຍໃນ ບໍ່ໃຫ້ຜູ້ຍື່ນເຫັນ"));
        pay(caseId, reference);
        completeTask(
                Api.as(baseUrl(), "thongsavanh.moic"),
                caseId,
                "decidePermit",
                variables(
                        "permitDecision", "approve", "decisionReasons", "ຄົບຕາມເງື່ອນໄຂ", "validUntil", "30/12/2031"));
        eventually(
                "the applicant's page shows the permit granted",
                () -> "GRANTED"
                        .equals(applicant
                                .get(track + issued.text("trackingCode"))
                                .text("stage")));

        JsonNode granted = applicant.get(track + issued.text("trackingCode")).json();
        assertThat(granted.path("timeline").findValuesAsText("stage"))
                .containsExactly("RECEIVED", "UNDER_REVIEW", "PAYMENT_DUE", "AWAITING_DECISION", "GRANTED");
        assertThat(granted.path("decisionReasons").asText()).isEqualTo("ຄົບຕາມເງື່ອນໄຂ");
        assertThat(granted.toString()).doesNotContain("ບັນທຶກພາຍໃນ");
        String certificate = granted.path("certificateCode").asText();
        assertThat(certificate).isEqualTo(caseVariable(caseId, "documentCode").asText());
        byte[] pdf = applicant.getBytes("/api/public/documents/" + certificate + "/pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aWrongCodeIsTheSameNotFoundAsAnUnknownReferenceAndOnlyTheFilerIssuesCodes() {
        Api frontOffice = Api.as(baseUrl(), FRONT_OFFICE);
        Api.Reply started = start(frontOffice);
        String caseId = started.text("id");
        String reference = started.text("businessKey");
        Api applicant = Api.anonymous(baseUrl());
        Api.Reply beforeAnyCode = applicant.get("/api/public/permits/" + reference + "?code=ABCDEFGH");
        assertThat(beforeAnyCode.status())
                .as("no code issued yet: nothing opens it")
                .isEqualTo(404);

        String code = frontOffice
                .post("/api/inbox/cases/" + caseId + "/applicant-code", null)
                .text("trackingCode");
        String wrongCode = code.equals("ABCDEFGH") ? "HGFEDCBA" : "ABCDEFGH";
        Api.Reply wrong = applicant.get("/api/public/permits/" + reference + "?code=" + wrongCode);
        Api.Reply withoutCode = applicant.get("/api/public/permits/" + reference);
        Api.Reply unknown = applicant.get("/api/public/permits/APP-2026-999999?code=" + code);
        Api.Reply malformed = applicant.get("/api/public/permits/*)(uid=*?code=" + code);
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.refusal())
                .isEqualTo(unknown.refusal())
                .isEqualTo(withoutCode.refusal())
                .isEqualTo(malformed.refusal());

        // a new code replaces the one before
        String second = frontOffice
                .post("/api/inbox/cases/" + caseId + "/applicant-code", null)
                .text("trackingCode");
        assertThat(applicant
                        .get("/api/public/permits/" + reference + "?code=" + second)
                        .status())
                .isEqualTo(200);
        assertThat(applicant
                        .get("/api/public/permits/" + reference + "?code=" + code)
                        .status())
                .isEqualTo(404);

        for (String other : new String[] {"chanthala.moic", "phonsavanh.opm"}) {
            assertThat(Api.as(baseUrl(), other)
                            .post("/api/inbox/cases/" + caseId + "/applicant-code", null)
                            .status())
                    .as(other)
                    .isEqualTo(404);
        }
        assertThat(applicant
                        .post("/api/inbox/cases/" + caseId + "/applicant-code", null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void oneAddressTryingCodeAfterCodeIsSlowedDown() {
        // through the test's stand-in proxy, as one client address no other test uses
        Api guesser =
                Api.anonymous(baseUrl()).withHeader("X-Forwarded-For", "203.0.113." + (int) (Math.random() * 250 + 1));
        for (int n = 1; n <= 3000; n++) {
            Api.Reply reply =
                    guesser.get(String.format("/api/public/permits/APP-2026-000001?code=GUESS%03d", n % 1000));
            if (reply.status() == 429) {
                assertThat(reply.raw().headers().firstValue("Retry-After")).isPresent();
                assertThat(n).as("the test profile's allowance comes first").isGreaterThan(300);
                return;
            }
            assertThat(reply.status()).isEqualTo(404);
        }
        throw new AssertionError("3,000 lookups from one address were never refused");
    }

    private Api.Reply start(Api frontOffice) {
        Api.Reply started = frontOffice.post(
                "/engine-rest/process-definition/key/permit/start",
                StartBody.permit("business-licence", "ບໍລິສັດ ສາຍລົມ ການຄ້າ ຈຳກັດ", "small", 150_000_000L)
                        .with("applicantPhone", APPLICANT_PHONE)
                        .with("enterpriseNumber", "01-0001024")
                        .with("businessType", "trade")
                        .with("businessAddress", "ບ້ານ ສີສະຫວາດ, ເມືອງ ຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ")
                        .json());
        assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
        assertThat(started.text("businessKey")).matches("APP-\\d{4}-\\d{6}");
        return started;
    }

    private void pay(String caseId, String reference) {
        Api gateway = Api.as(baseUrl(), "admin");
        eventually(
                "the case waits for the payment",
                () -> gateway.get("/engine-rest/event-subscription?" + "processInstanceId=" + caseId
                                        + "&eventName=PermitPaymentReceived")
                                .json()
                                .size()
                        == 1);
        long fee = caseVariable(caseId, "feeAmount").asLong();
        Api.Reply paid = gateway.post(
                "/engine-rest/message",
                Map.of(
                        "messageName",
                        "PermitPaymentReceived",
                        "businessKey",
                        reference,
                        "processVariables",
                        Map.of(
                                "paidAmount", Map.of("value", fee, "type", "Long"),
                                "paymentReference", Map.of("value", "BCEL-" + reference))));
        assertThat(paid.status()).as(paid.raw().body()).isIn(200, 204);
    }
}
