package org.gflow.engine.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;
import static org.gflow.engine.CamundaJson.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * A hotline case driven end to end through {@code /engine-rest} alone, as the README shows:
 * the operator records a call, the Office triages it, Bokeo's verifiers explain it, and the
 * answer appears on the public page. Along the way, every other ministry stays out.
 */
class HotlineRestWalkthroughIT extends EngineIT {

    private static final String OPERATOR = "phonsavanh.opm";
    private static final String TRIAGE = "vilayvanh.opm";
    private static final String BOKEO_VERIFIER = "nalinh.bokeo";
    private static final String MOIC_VERIFIER = "ounkham.moic";

    @Test
    void aRecordedCallEndsWithItsAnswerOnThePublicPage() {
        Api operator = Api.as(baseUrl(), OPERATOR);
        Api.Reply started = operator.post("/engine-rest/process-definition/key/hotline-1516/start", variables(
            "channel", "phone",
            "complaintText", "ຖະໜົນເຂົ້າບ້ານຫ້ວຍຊາຍເປ່ເພ ບໍ່ມີໃຜສ້ອມແປງມາສາມເດືອນແລ້ວ",
            "category", "public-service",
            "province", "bokeo",
            "citizenPhone", "020 5555 1234"));
        assertThat(started.status()).as(started.json().toString()).isEqualTo(200);
        String caseId = started.text("id");

        String trackingNumber = trackingNumberOf(caseId);
        assertThat(trackingNumber).matches("1516-\\d{4}-\\d{6}");

        completeTask(Api.as(baseUrl(), TRIAGE), caseId, "triageComplaint", Map.of("variables", Map.of()));

        Api bokeo = Api.as(baseUrl(), BOKEO_VERIFIER);
        String verifyTask = onlyTask(bokeo, caseId, "verifyComplaint");
        Api moic = Api.as(baseUrl(), MOIC_VERIFIER);
        assertThat(moic.get("/engine-rest/task?processInstanceId=" + caseId).json()).isEmpty();
        assertThat(moic.get("/engine-rest/task/" + verifyTask).status()).isIn(403, 404);
        assertThat(moic.post("/engine-rest/task/" + verifyTask + "/complete", variables("complaintTrue", true))
            .status()).isIn(403, 404);
        assertThat(moic.get("/engine-rest/process-instance/" + caseId).status()).isIn(403, 404);

        assertThat(bokeo.post("/engine-rest/task/" + verifyTask + "/claim", Map.of("userId", BOKEO_VERIFIER))
            .status()).isEqualTo(204);
        assertThat(bokeo.post("/engine-rest/task/" + verifyTask + "/complete", variables("complaintTrue", false))
            .status()).isIn(200, 204);
        completeTask(bokeo, caseId, "writeExplanation", variables("answerText",
            "ທາງແຂວງໄດ້ກວດແລ້ວ: ຖະໜົນເສັ້ນນີ້ຢູ່ໃນແຜນສ້ອມແປງປີນີ້, ເລີ່ມເດືອນໜ້າ. ໂທ 020 5555 1234"));

        Api citizen = Api.anonymous(baseUrl());
        eventually("the answer is published", () ->
            citizen.get("/api/public/hotline/complaints/" + trackingNumber).text("stage").equals("ANSWERED"));
        JsonNode status = citizen.get("/api/public/hotline/complaints/" + trackingNumber).json();
        assertThat(status.path("responsibleBody").asText()).isEqualTo("bokeo");
        eventually("the official answer is issued", () -> citizen.get("/api/public/hotline/complaints/"
            + trackingNumber).json().hasNonNull("answerDocumentCode"));
        String answerCode = citizen.get("/api/public/hotline/complaints/" + trackingNumber).text("answerDocumentCode");
        assertThat(citizen.get("/api/public/documents/" + answerCode).status()).isEqualTo(200);
        assertThat(status.path("answer").asText()).contains("ຖະໜົນເສັ້ນນີ້").doesNotContain("5555");
        assertThat(status.toString()).doesNotContain("citizenPhone").doesNotContain("020 5555");
        Api admin = Api.as(baseUrl(), "admin");
        eventually("the case closes", () ->
            !admin.get("/engine-rest/history/process-instance/" + caseId).json().path("endTime").isNull());
        assertThat(citizen.get("/api/public/hotline/answers").json().path("answers").toString()).contains(trackingNumber);
    }

    @Test
    void withoutCredentialsTheRestApiAsksForThemAndTellsNothing() {
        Api.Reply reply = Api.anonymous(baseUrl()).get("/engine-rest/task");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));

        Api.Reply wrongPassword = Api.as(baseUrl(), BOKEO_VERIFIER, "not-demo").get("/engine-rest/task");
        Api.Reply unknownUser = Api.as(baseUrl(), "nobody.nowhere", "demo").get("/engine-rest/task");
        Api.Reply locked = Api.as(baseUrl(), "chansamone.mof", "demo").get("/engine-rest/task");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(wrongPassword.raw().body()).isEqualTo(unknownUser.raw().body()).isEqualTo(locked.raw().body());
    }

    private String trackingNumberOf(String caseId) {
        Api admin = Api.as(baseUrl(), "admin");
        eventually("the complaint is registered", () ->
            admin.get("/engine-rest/process-instance/" + caseId + "/variables/trackingNumber").status() == 200);
        return admin.get("/engine-rest/process-instance/" + caseId + "/variables/trackingNumber").text("value");
    }

}
