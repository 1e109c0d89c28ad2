package org.gflow.processes.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.gflow.processes.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Starting the real processes with bad variables: refused, naming the field, nothing left. */
@Deployment(
        resources = {
            "gflow/processes/hotline-1516.bpmn",
            "gflow/processes/document-approval.bpmn",
            "gflow/processes/permit.bpmn",
            "gflow/processes/permit-type.dmn",
            "gflow/processes/permit-fee.dmn"
        })
class StartVariablesValidationTest extends ProcessTest {

    @AfterEach
    void logOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void missingRequiredVariableIsRefused() {
        Map<String, Object> complaint = complaint();
        complaint.remove("complaintText");

        assertRefused("hotline-1516", complaint, "complaintText", "is required");
    }

    @Test
    void skippingCustomListenersDoesNotSkipValidation() {
        Map<String, Object> complaint = complaint();
        complaint.remove("category");

        // Camunda allows skipping listeners only with explicit start instructions.
        Throwable failure = catchThrowable(() -> runtime()
                .createProcessInstanceByKey("hotline-1516")
                .startBeforeActivity("complaintReceived")
                .setVariables(complaint)
                .execute(true, true));

        assertThat(InvalidVariableException.findIn(failure))
                .as("%s", failure)
                .get()
                .extracting(InvalidVariableException::field)
                .isEqualTo("category");
        assertThat(runtime().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void everyWrongFieldIsRefusedTogether() {
        Map<String, Object> complaint = complaint();
        complaint.remove("complaintText");
        complaint.put("channel", "fax");
        complaint.put("province", "atlantis");

        Throwable failure = catchThrowable(() -> runtime().startProcessInstanceByKey("hotline-1516", complaint));

        assertThat(((InvalidVariableException) failure).problems())
                .extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactlyInAnyOrder(
                        tuple("complaintText", "required"), tuple("channel", "oneOf"), tuple("province", "oneOf"));
        assertThat(runtime().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void blankTextCountsAsMissing() {
        Map<String, Object> complaint = complaint();
        complaint.put("province", "   ");

        assertRefused("hotline-1516", complaint, "province", "is required");
    }

    @Test
    void valueOutsideTheAllowedOnesIsRefused() {
        Map<String, Object> complaint = complaint();
        complaint.put("channel", "fax");

        assertRefused("hotline-1516", complaint, "channel", "must be one of [phone, web]");
    }

    @Test
    void tooLongTextIsRefused() {
        Map<String, Object> complaint = complaint();
        complaint.put("complaintText", "ກ".repeat(4001));

        assertRefused("hotline-1516", complaint, "complaintText", "at most 4000 characters");
    }

    @Test
    void malformedDurationIsRefused() {
        Map<String, Object> complaint = complaint();
        complaint.put("verificationDeadline", "7 days");

        assertRefused("hotline-1516", complaint, "verificationDeadline", "duration");
    }

    @Test
    void wrongTypeIsRefused() {
        Map<String, Object> application = application();
        application.put("investmentAmount", "a lot");

        assertRefused("permit", application, "investmentAmount", "must be a number, got String");
    }

    @Test
    void letterWithoutAnAuthenticatedDrafterIsRefused() {
        assertRefused("document-approval", Map.of("subject", "ແຈ້ງການ", "ministry", "mof"), "drafter", "is required");
    }

    @Test
    void emptyExplicitApproverListIsRefused() {
        engine.getIdentityService().setAuthenticatedUserId("somchai");

        assertRefused(
                "document-approval",
                Map.of("subject", "ແຈ້ງການ", "ministry", "mof", "approvers", List.of()),
                "approvers",
                "at least 1 entries");
    }

    @Test
    void defaultsAreSet() {
        ProcessInstance started = runtime().startProcessInstanceByKey("hotline-1516", complaint());

        assertThat(runtime().getVariables(started.getId()))
                .containsEntry("verificationReminder", "P5D")
                .containsEntry("verificationDeadline", "P7D");
    }

    @Test
    void aCaseCannotBeStartedWithWhatTheEngineWritesLater() {
        engine.getIdentityService().setAuthenticatedUserId("somchai");

        assertRefused(
                "document-approval",
                Map.of(
                        "subject",
                        "ແຈ້ງການ",
                        "ministry",
                        "opm",
                        "signoffTrail",
                        List.of(Map.of("approver", "khamla", "decision", "approve"))),
                "signoffTrail",
                "is not a variable this case may be started with");
        Map<String, Object> complaint = complaint();
        complaint.put("responsibleGroup", "opm-hotline-triage");
        assertRefused("hotline-1516", complaint, "responsibleGroup", "may be started with");
    }

    @Test
    void malformedDeclarationFailsTheDeployment() {
        Throwable failure = catchThrowable(() -> engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource("org/gflow/processes/validation/malformed-declaration.bpmn")
                .deploy());

        assertThat(failure)
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("gflow.variable.amount")
                .hasMessageContaining("must start with a type");
        assertThat(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("malformed")
                        .count())
                .isZero();
    }

    private void assertRefused(String processKey, Map<String, Object> variables, String field, String problem) {
        Throwable failure = catchThrowable(() -> runtime().startProcessInstanceByKey(processKey, variables));

        assertThat(failure)
                .isInstanceOf(InvalidVariableException.class)
                .hasMessageContaining("'" + field + "'")
                .hasMessageContaining(problem);
        assertThat(((InvalidVariableException) failure).field()).isEqualTo(field);
        // No half-started case: neither a running instance nor a trace in history.
        assertThat(runtime().createProcessInstanceQuery().count()).isZero();
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .count())
                .isZero();
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .count())
                .isZero();
    }

    private static Map<String, Object> complaint() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("channel", "web");
        variables.put("complaintText", "ໄຟຟ້າດັບທຸກມື້ ບໍ່ມີການແກ້ໄຂ");
        variables.put("category", "public-service");
        variables.put("province", "vientiane");
        return variables;
    }

    private static Map<String, Object> application() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("permitType", "business-licence");
        variables.put("applicantName", "ທ້າວ ສົມພອນ");
        variables.put("businessSize", "small");
        variables.put("investmentAmount", 1000);
        return variables;
    }
}
