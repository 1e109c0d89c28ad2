package org.gflow.engine.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;
import static org.gflow.engine.CamundaJson.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.gflow.engine.notify.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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

    @Autowired
    private Notifications notifications;

    @Test
    void aRecordedCallEndsWithItsAnswerOnThePublicPage() {
        Api operator = Api.as(baseUrl(), OPERATOR);
        String caseId = operator.start(
                "hotline-1516",
                variables(
                        "channel", "phone",
                        "complaintText", "ຖະໜົນເຂົ້າບ້ານຫ້ວຍຊາຍເປ່ເພ ບໍ່ມີໃຜສ້ອມແປງມາສາມເດືອນແລ້ວ",
                        "category", "public-service",
                        "province", "bokeo",
                        "citizenPhone", "020 5555 1234"));

        String trackingNumber = Api.as(baseUrl(), "admin").trackingNumberOf(caseId);
        assertThat(trackingNumber).matches("1516-\\d{4}-\\d{6}");
        String code = trackingCodeSentTo("020 5555 1234", trackingNumber);
        String track = "/api/public/hotline/complaints/" + trackingNumber + "?code=" + code;

        completeTask(Api.as(baseUrl(), TRIAGE), caseId, "triageComplaint", Map.of("variables", Map.of()));

        Api bokeo = Api.as(baseUrl(), BOKEO_VERIFIER);
        String verifyTask = onlyTask(bokeo, caseId, "verifyComplaint");
        Api moic = Api.as(baseUrl(), MOIC_VERIFIER);
        assertThat(moic.get("/engine-rest/task?processInstanceId=" + caseId).json())
                .isEmpty();
        assertThat(moic.get("/engine-rest/task/" + verifyTask).status()).isIn(403, 404);
        assertThat(moic.post("/engine-rest/task/" + verifyTask + "/complete", variables("complaintTrue", true))
                        .status())
                .isIn(403, 404);
        assertThat(moic.get("/engine-rest/process-instance/" + caseId).status()).isIn(403, 404);

        assertThat(bokeo.post("/engine-rest/task/" + verifyTask + "/claim", Map.of("userId", BOKEO_VERIFIER))
                        .status())
                .isEqualTo(204);
        assertThat(bokeo.post("/engine-rest/task/" + verifyTask + "/complete", variables("complaintTrue", false))
                        .status())
                .isIn(200, 204);
        completeTask(
                bokeo,
                caseId,
                "writeExplanation",
                variables(
                        "answerText",
                        "ທາງແຂວງໄດ້ກວດແລ້ວ: ຖະໜົນເສັ້ນນີ້ຢູ່ໃນແຜນສ້ອມແປງປີນີ້, ເລີ່ມເດືອນໜ້າ. ໂທ 020 5555 1234"));

        Api citizen = Api.anonymous(baseUrl());
        eventually(
                "the answer is published",
                () -> citizen.get(track).text("stage").equals("ANSWERED"));
        JsonNode status = citizen.get(track).json();
        assertThat(status.path("responsibleBody").asText()).isEqualTo("bokeo");
        eventually(
                "the official answer is issued", () -> citizen.get(track).json().hasNonNull("answerDocumentCode"));
        String answerCode = citizen.get(track).text("answerDocumentCode");
        assertThat(citizen.get("/api/public/documents/" + answerCode).status()).isEqualTo(200);
        Api.Reply pdf = citizen.get("/api/public/documents/" + answerCode + "/pdf");
        assertThat(pdf.status()).as("the citizen downloads the answer itself").isEqualTo(200);
        assertThat(pdf.raw().headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.raw().body()).startsWith("%PDF");
        assertThat(citizen.get("/api/public/documents/" + "NOTACODE/pdf").status())
                .isEqualTo(404);
        assertThat(citizen.get(track).json().path("timeline").findValuesAsText("stage"))
                .containsSubsequence("RECEIVED", "WITH_RESPONSIBLE_BODY", "ANSWERED");
        assertThat(status.path("answer").asText()).contains("ຖະໜົນເສັ້ນນີ້").doesNotContain("5555");
        assertThat(status.toString()).doesNotContain("citizenPhone").doesNotContain("020 5555");
        eventually(
                "the answer waits for the citizen's reply",
                () -> citizen.get(track).json().hasNonNull("reopenableUntil"));
        assertThat(citizen.get("/api/public/hotline/answers")
                        .json()
                        .path("answers")
                        .toString())
                .contains(trackingNumber);
    }

    @Test
    void withoutCredentialsTheRestApiAsksForThemAndTellsNothing() {
        Api.Reply reply = Api.anonymous(baseUrl()).get("/engine-rest/task");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.raw().headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));

        Api.Reply wrongPassword = Api.as(baseUrl(), BOKEO_VERIFIER, "not-demo").get("/engine-rest/task");
        Api.Reply unknownUser = Api.as(baseUrl(), "nobody.nowhere", "demo").get("/engine-rest/task");
        Api.Reply locked = Api.as(baseUrl(), "chansamone.mof", "demo").get("/engine-rest/task");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(wrongPassword.raw().body())
                .isEqualTo(unknownUser.raw().body())
                .isEqualTo(locked.raw().body());
    }

    /** The access code of a recorded call reaches the caller by SMS; the case keeps only its hash. */
    private String trackingCodeSentTo(String phone, String trackingNumber) {
        eventually(
                "the caller is told the tracking code",
                () -> notifications.ofCase(trackingNumber).stream()
                        .anyMatch(m -> m.recipient().equals(phone) && m.body().contains(trackingNumber)));
        String body = notifications.ofCase(trackingNumber).stream()
                .filter(m -> m.recipient().equals(phone))
                .map(Notifications.Message::body)
                .filter(b -> b.contains(trackingNumber))
                .findFirst()
                .orElseThrow();
        Matcher code = Pattern.compile("[A-Z2-9]{8}").matcher(body.replace(trackingNumber, ""));
        assertThat(code.find()).as(body).isTrue();
        assertThat(caseVariable(caseIdOf(trackingNumber), "trackingCodeHash").asText())
                .doesNotContain(code.group());
        return code.group();
    }
}
