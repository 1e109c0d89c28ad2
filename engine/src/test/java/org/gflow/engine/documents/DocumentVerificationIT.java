package org.gflow.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.gflow.engine.documents.archive.ArchivedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A document issued by the real render step of a running case, then verified from outside:
 * genuine, one altered byte, unknown and malformed codes, revoked; and listed and downloaded in
 * the inbox only by those who may see the case.
 */
class DocumentVerificationIT extends EngineIT {

    private static final String PROCESS = "gflow-documents-it";
    private static final String OUTSIDER = "ounkham.moic";

    @Autowired
    private RepositoryService repositoryService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private HistoryService historyService;

    @Autowired
    private ExternalTaskService externalTaskService;

    @Autowired
    private DocumentService documents;

    @BeforeEach
    void deployARenderStep() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("render")
                .camundaExternalTask("gflow.document-render")
                .userTask("read")
                .endEvent()
                .done();
        repositoryService
                .createDeployment()
                .name(PROCESS)
                .enableDuplicateFiltering(true)
                .addModelInstance(PROCESS + ".bpmn", model)
                .deploy();
    }

    @Test
    void anIssuedAnswerVerifiesRoundTripsAndCanBeRevoked() {
        String caseId = start(answerVariables());
        String code = eventuallyVariable(caseId, "documentCode");
        ArchivedDocument document = documents.verify(code).orElseThrow();
        assertThat(document.processInstanceId()).isEqualTo(caseId);
        assertThat(document.serial()).matches("A-\\d{4}-\\d{6}");
        byte[] pdf = documents.archive().pdf(document);

        Api citizen = Api.anonymous(baseUrl());
        Api.Reply genuine = citizen.get("/api/public/documents/" + code);
        assertThat(genuine.status()).isEqualTo(200);
        assertThat(genuine.text("kind")).isEqualTo("answer");
        assertThat(genuine.text("status")).isEqualTo("valid");
        assertThat(genuine.text("issuingBody")).contains("1516");
        assertThat(genuine.json().has("processInstanceId")).isFalse();
        assertThat(genuine.json().has("code")).isFalse();

        assertThat(check(citizen, code, pdf).json().path("matches").asBoolean()).isTrue();
        byte[] altered = pdf.clone();
        altered[altered.length / 3] ^= 0x20;
        assertThat(check(citizen, code, altered).json().path("matches").asBoolean())
                .isFalse();

        Api.Reply unknown = citizen.get("/api/public/documents/AAAAAAAAAAAAAAAA");
        Api.Reply malformed = citizen.get("/api/public/documents/not-a-code");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.refusal()).isEqualTo(unknown.refusal());
        assertThat(check(citizen, "AAAAAAAAAAAAAAAA", pdf).status()).isEqualTo(404);

        assertThat(Api.as(baseUrl(), OUTSIDER)
                        .post("/api/admin/documents/" + code + "/revoke", Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
        Api admin = Api.as(baseUrl(), "admin");
        assertThat(admin.post("/api/admin/documents/" + code + "/revoke", Map.of("reason", " "))
                        .status())
                .isEqualTo(400);
        Api.Reply revoked = admin.post("/api/admin/documents/" + code + "/revoke", Map.of("reason", "ອອກຜິດ"));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(citizen.get("/api/public/documents/" + code).text("status")).isEqualTo("revoked");
    }

    @Test
    void theInboxListsAndServesACasesDocumentsOnlyToThoseWhoMaySeeTheCase() {
        String caseId = start(answerVariables());
        eventuallyVariable(caseId, "documentCode");
        Api admin = Api.as(baseUrl(), "admin");
        Api outsider = Api.as(baseUrl(), OUTSIDER);

        Api.Reply list = admin.get("/api/cases/" + caseId + "/documents");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        String id = list.json().get(0).path("id").asText();
        String sha256 = list.json().get(0).path("sha256").asText();
        Api.Reply pdf = admin.get("/api/documents/" + id + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(pdf.raw().headers().firstValue("X-Document-SHA256")).contains(sha256);

        assertThat(outsider.get("/api/cases/" + caseId + "/documents").status()).isEqualTo(404);
        assertThat(outsider.get("/api/documents/" + id + "/pdf").status()).isEqualTo(404);
        assertThat(admin.get("/api/documents/no-such-document/pdf").status()).isEqualTo(404);
    }

    @Test
    void aMissingRequiredVariableFailsTheStepWithItsNameAndIssuesNothing() {
        Map<String, Object> variables = answerVariables();
        variables.remove("answerText");
        String caseId = start(variables);

        eventually("the render step failed", () -> errorMessage(caseId) != null);
        assertThat(errorMessage(caseId)).contains("'answerText'");
        assertThat(documents.archive().byCase(caseId)).isEmpty();
    }

    private String start(Map<String, Object> variables) {
        return runtimeService
                .startProcessInstanceByKey(PROCESS, "1516-IT-" + System.nanoTime(), variables)
                .getId();
    }

    private static Map<String, Object> answerVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("documentKind", "answer");
        variables.put("trackingNumber", "1516-2026-000321");
        variables.put("responsibleOrg", "bokeo");
        variables.put("complaintText", "ຖະໜົນເຂົ້າບ້ານຫ້ວຍຊາຍເປ່ເພ ບໍ່ມີໃຜສ້ອມແປງມາສາມເດືອນແລ້ວ");
        variables.put("answerText", "ທາງແຂວງໄດ້ກວດແລ້ວ: ຖະໜົນເສັ້ນນີ້ຢູ່ໃນແຜນສ້ອມແປງປີນີ້.");
        return variables;
    }

    private String eventuallyVariable(String caseId, String name) {
        eventually(name + " is set", () -> variable(caseId, name) != null);
        return variable(caseId, name);
    }

    private String variable(String caseId, String name) {
        List<HistoricVariableInstance> found = historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(caseId)
                .variableName(name)
                .list();
        return found.isEmpty() || found.get(0).getValue() == null
                ? null
                : found.get(0).getValue().toString();
    }

    private String errorMessage(String caseId) {
        ExternalTask task = externalTaskService
                .createExternalTaskQuery()
                .processInstanceId(caseId)
                .singleResult();
        return task == null ? null : task.getErrorMessage();
    }

    private Api.Reply check(Api api, String code, byte[] pdf) {
        String boundary = "gflow-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"document.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return api.postRaw(
                "/api/public/documents/" + code + "/check",
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }
}
