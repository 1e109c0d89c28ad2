package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.CamundaJson.variables;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.gflow.engine.Api;
import org.gflow.engine.CamundaJson;
import org.gflow.engine.StartBody;

/**
 * Fresh cases for the security tests, each brought through the REST API to the step a test
 * needs, as the people whose work it is.
 */
final class SecurityCases {

    /** A citizen's complaint routed to Bokeo, waiting for Bokeo's verifiers (OPM triaged it). */
    record Hotline(String caseId, String trackingNumber, String verifyTask) {}

    /** A MOIC business licence in consultation with MONRE. */
    record Permit(String caseId, String businessKey, String consultTask) {}

    /** An MTC letter its drafter is writing. */
    record Letter(String caseId, String businessKey, String writeTask) {}

    private final String baseUrl;

    SecurityCases(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Hotline bokeoComplaintAwaitingVerification() {
        String caseId = as("phonsavanh.opm")
                .startPhoneComplaint(
                        "ນ້ຳປະປາບ້ານຫ້ວຍຊາຍ ບໍ່ໄຫຼມາສາມມື້ " + UUID.randomUUID(), "public-service", "bokeo");
        String trackingNumber = as("admin").trackingNumberOf(caseId);
        complete("vilayvanh.opm", caseId, "triageComplaint", Map.of("variables", Map.of()));
        return new Hotline(caseId, trackingNumber, task("nalinh.bokeo", caseId, "verifyComplaint"));
    }

    Permit moicLicenceInConsultationWithMonre() {
        String businessKey = "MOIC-SEC-" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = as("bouasone.moic")
                .start(
                        "permit",
                        StartBody.permit("business-licence", "ບໍລິສັດ ທົດສອບ ຄວາມປອດໄພ ຈຳກັດ", "medium", 800_000_000L)
                                .with("enterpriseNumber", "01-0001024")
                                .with("businessType", "trade")
                                .businessKey(businessKey)
                                .json());
        complete("bouasone.moic", caseId, "checkCompleteness", variables("documentsComplete", true));
        complete(
                "chanthala.moic",
                caseId,
                "technicalReview",
                Map.of(
                        "variables",
                        Map.of(
                                "reviewNotes", Map.of("value", "ຕ້ອງປຶກສາກະຊວງຊັບພະຍາກອນທຳມະຊາດ"),
                                "consultedAgencies", CamundaJson.list("monre"))));
        return new Permit(caseId, businessKey, task("souphaphone.monre", caseId, "consultAgency"));
    }

    Letter mtcLetterBeingDrafted() {
        String businessKey = "MTC-SEC-" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = as("phet.mtc")
                .start(
                        "document-approval",
                        StartBody.letter(
                                        "mtc",
                                        "ແຈ້ງການກ່ຽວກັບຕາຕະລາງລົດເມ",
                                        "ຮຽນ ທຸກພະແນກ, ຕາຕະລາງລົດເມໃໝ່ເລີ່ມໃຊ້ເດືອນໜ້າ.",
                                        CamundaJson.list("mtc-front-office"))
                                .businessKey(businessKey)
                                .json());
        return new Letter(caseId, businessKey, task("phet.mtc", caseId, "writeLetter"));
    }

    /** The one open task of this key, as this user sees it; waits for it. */
    String task(String user, String caseId, String taskKey) {
        Api api = as(user);
        String query = "/engine-rest/task?processInstanceId=" + caseId + "&taskDefinitionKey=" + taskKey;
        Api.eventually(
                taskKey + " is offered to " + user, () -> api.get(query).json().size() == 1);
        return api.get(query).json().get(0).path("id").asText();
    }

    void complete(String user, String caseId, String taskKey, Object body) {
        Api.Reply reply = as(user).post("/engine-rest/task/" + task(user, caseId, taskKey) + "/complete", body);
        assertThat(reply.status()).as(taskKey + ": " + reply.raw().body()).isIn(200, 204);
    }

    /** A multipart body of text fields and one small text file, as browsers and REST clients send it. */
    static byte[] multipart(
            String boundary, Map<String, String> fields, String fileField, String fileName, String text) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(fileField)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: text/plain\r\n\r\n")
                .append(text)
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Api as(String user) {
        return Api.as(baseUrl, user);
    }
}
