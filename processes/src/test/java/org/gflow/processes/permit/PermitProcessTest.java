package org.gflow.processes.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.gflow.processes.support.ProcessTest;
import org.junit.jupiter.api.Test;

@Deployment(
        resources = {"gflow/processes/permit.bpmn", "gflow/processes/permit-type.dmn", "gflow/processes/permit-fee.dmn"
        })
class PermitProcessTest extends ProcessTest {

    private static final String REFERENCE = "APP-2026-000123";

    @Test
    void completeApplicationWithoutConsultationIsPaidApprovedAndCertified() {
        ProcessInstance permit = start(application("business-licence", "small", 200_000_000L));

        Task check = openTask(permit, "checkCompleteness");
        assertThat(candidateGroupsOf(check)).containsExactly("moic-front-office");
        tasks().complete(check.getId(), Map.of("documentsComplete", true));
        Task review = openTask(permit, "technicalReview");
        assertThat(candidateGroupsOf(review)).containsExactly("moic-licence-reviewers");
        assertThat(formOf(review)).isEqualTo("permit-review");
        tasks().complete(review.getId(), Map.of("reviewNotes", "ຖືກຕ້ອງຕາມລະບຽບ", "consultedAgencies", List.of()));

        assertThat(permit).variables().containsEntry("feeAmount", 500_000L);
        payCorrectly(permit, 500_000L);
        Task decision = openTask(permit, "decidePermit");
        assertThat(candidateGroupsOf(decision)).containsExactly("moic-licence-directors");
        assertThat(formOf(decision)).isEqualTo("permit-decision");
        engine.getIdentityService().setAuthentication("thongsavanh.moic", List.of("moic-licence-directors"));
        try {
            tasks().complete(
                            decision.getId(),
                            Map.of("permitDecision", "approve", "decisionReasons", "ຄົບຖ້ວນຕາມເງື່ອນໄຂ"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        Map<String, Object> render =
                completeExternal(permit, "gflow.document-render", Map.of("documentCode", "C-91AB"));
        assertThat(render)
                .as("the director who decided signs the certificate")
                .containsEntry("approvingOfficer", "thongsavanh.moic");
        assertThat(render)
                .containsEntry("documentKind", "certificate")
                .containsEntry("permitType", "business-licence")
                .containsEntry("receiptNumber", "R-1");
        assertThat(completeExternal(permit, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "permit.granted")
                .containsEntry("recipientType", "applicant")
                .containsEntry("documentCode", "C-91AB");
        assertThat(permit).isEnded().hasPassed("permitIssued").hasNotPassed("consultAgency");
    }

    @Test
    void aMinistryCanRedeployThePermitTypeTableWithItsOwnFormsAndFees() {
        String ministryTables = engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource("org/gflow/processes/permit/ministry-permit-type.dmn")
                .addClasspathResource("org/gflow/processes/permit/ministry-flat-fee.dmn")
                .deploy()
                .getId();
        try {
            ProcessInstance permit = start(application("business-licence", "large", 0L));
            completeTask(permit, "checkCompleteness", Map.of("documentsComplete", true));

            assertThat(formOf(openTask(permit, "technicalReview"))).isEqualTo("moic-licence-review");
            completeTask(permit, "technicalReview", Map.of());
            assertThat(permit).variables().containsEntry("feeAmount", 42_000L);
        } finally {
            engine.getRepositoryService().deleteDeployment(ministryTables, true);
        }
    }

    @Test
    void enterpriseNumberIsLookedUpBeforeTheCompletenessCheck() {
        Map<String, Object> application = application("business-licence", "small", 50_000_000L);
        application.put("enterpriseNumber", "01-00012345");
        ProcessInstance permit = start(application);

        Map<String, Object> given = completeExternal(
                permit,
                "moic.enterprise-lookup",
                Map.of("enterpriseFound", true, "enterpriseName", "ບໍລິສັດ ດອກຈຳປາ ຈຳກັດ"));

        assertThat(given).containsEntry("enterpriseNumber", "01-00012345");
        assertThat(openTask(permit, "checkCompleteness")).isNotNull();
        assertThat(permit).variables().containsEntry("enterpriseFound", true);
    }

    @Test
    void applicationWithoutEnterpriseNumberSkipsTheLookup() {
        ProcessInstance permit = start(application("transport-licence", "small", 1_000_000L));

        assertThat(permit).isWaitingAt("checkCompleteness").hasNotPassed("lookUpEnterprise");
    }

    @Test
    void missingDocumentsAreRequestedAndTheSuppliedOnesGoBackToTheCheck() {
        ProcessInstance permit = start(application("environment-permit", "medium", 5_000_000L));
        completeTask(
                permit,
                "checkCompleteness",
                Map.of("documentsComplete", false, "missingDocuments", "ແຜນທີ່ທີ່ຕັ້ງໂຄງການ"));
        assertThat(completeExternal(permit, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "permit.documents-missing")
                .containsEntry("missingDocuments", "ແຜນທີ່ທີ່ຕັ້ງໂຄງການ");
        assertThat(permit).isWaitingAt("awaitDocuments");

        runtime()
                .createMessageCorrelation("PermitDocumentsSupplied")
                .processInstanceBusinessKey(REFERENCE)
                .correlate();

        Task check = openTask(permit, "checkCompleteness");
        assertThat(candidateGroupsOf(check)).containsExactly("monre-front-office");
        tasks().complete(check.getId(), Map.of("documentsComplete", true));
        assertThat(candidateGroupsOf(openTask(permit, "technicalReview"))).containsExactly("monre-licence-reviewers");
        assertThat(management().createJobQuery().timers().count()).isZero();
    }

    @Test
    void applicationIsCancelledWhenTheDocumentsDeadlinePasses() {
        ProcessInstance permit = start(application("transport-licence", "small", 1_000_000L));
        completeTask(permit, "checkCompleteness", Map.of("documentsComplete", false, "missingDocuments", "ໃບຂັບຂີ່"));
        completeExternal(permit, "gflow.notify", Map.of());

        // thirty working days after Monday 2 March 2026: Monday 13 April at the office's close
        passTimeUntil(lao("2026-04-13T15:59"));
        assertThat(permit).isWaitingAt("awaitDocuments");
        passTimeUntil(lao("2026-04-13T16:00"));

        assertThat(completeExternal(permit, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "permit.cancelled");
        assertThat(permit).isEnded().hasPassed("applicationCancelled");
    }

    @Test
    void twoAgenciesAreConsultedInParallelBeforeTheFee() {
        ProcessInstance permit = start(application("transport-licence", "large", 800_000_000L));
        completeTask(permit, "checkCompleteness", Map.of("documentsComplete", true));
        completeTask(permit, "technicalReview", Map.of("consultedAgencies", List.of("mof", "monre")));

        List<Task> consultations = tasks().createTaskQuery()
                .processInstanceId(permit.getId())
                .taskDefinitionKey("consultAgency")
                .list();
        assertThat(consultations).hasSize(2);
        assertThat(consultations)
                .flatExtracting(this::candidateGroupsOf)
                .containsExactlyInAnyOrder("mof-permit-consultation", "monre-permit-consultation");
        for (Task consultation : consultations) {
            String group = candidateGroupsOf(consultation).get(0);
            tasks().complete(consultation.getId(), Map.of("consultationOpinion", "ເຫັນດີ " + group));
        }

        assertThat(permit)
                .hasPassed("feeStep")
                .variables()
                .containsEntry("consultation_mof", "ເຫັນດີ mof-permit-consultation")
                .containsEntry("consultation_monre", "ເຫັນດີ monre-permit-consultation")
                .containsEntry("feeAmount", 3_000_000L);
    }

    @Test
    void wrongPaymentGoesToTheFrontOfficeAndThePaymentIsAskedForAgain() {
        ProcessInstance permit = reachPayment(application("business-licence", "medium", 0L));
        assertThat(completeExternal(permit, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "permit.fee-due")
                .containsEntry("feeAmount", 1_500_000L);

        receivePayment(150_000L, "BCEL-0001");
        failExternalWithBpmnError(permit, "mof.fee-payment", "WRONG_AMOUNT");
        Task problem = openTask(permit, "resolvePaymentProblem");
        assertThat(candidateGroupsOf(problem)).containsExactly("moic-front-office");
        tasks().complete(problem.getId(), Map.of("paymentNote", "ໂທແຈ້ງຜູ້ຍື່ນແລ້ວ"));

        assertThat(completeExternal(permit, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "permit.fee-due");
        receivePayment(1_500_000L, "BCEL-0002");
        Map<String, Object> checked = completeExternal(permit, "mof.fee-payment", Map.of("receiptNumber", "R-2"));
        assertThat(checked).containsEntry("paidAmount", 1_500_000L).containsEntry("paymentReference", "BCEL-0002");
        assertThat(permit).isWaitingAt("decidePermit");
    }

    @Test
    void refusalTellsTheApplicantTheReasons() {
        ProcessInstance permit = reachPayment(application("environment-permit", "large", 20_000_000_000L));
        payCorrectly(permit, 25_000_000L);

        completeTask(
                permit,
                "decidePermit",
                Map.of("permitDecision", "refuse", "decisionReasons", "ໂຄງການຢູ່ໃນເຂດປ່າສະຫງວນ"));

        assertThat(completeExternal(permit, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "permit.refused")
                .containsEntry("decisionReasons", "ໂຄງການຢູ່ໃນເຂດປ່າສະຫງວນ");
        assertThat(permit).isEnded().hasPassed("permitRefused").hasNotPassed("issueCertificate");
    }

    private ProcessInstance reachPayment(Map<String, Object> application) {
        ProcessInstance permit = start(application);
        completeTask(permit, "checkCompleteness", Map.of("documentsComplete", true));
        completeTask(permit, "technicalReview", Map.of());
        assertThat(permit).isWaitingAt("requestPayment");
        return permit;
    }

    private void payCorrectly(ProcessInstance permit, long fee) {
        completeExternal(permit, "gflow.notify", Map.of());
        receivePayment(fee, "BCEL-7777");
        completeExternal(permit, "mof.fee-payment", Map.of("receiptNumber", "R-1"));
    }

    private void receivePayment(long amount, String reference) {
        runtime()
                .createMessageCorrelation("PermitPaymentReceived")
                .processInstanceBusinessKey(REFERENCE)
                .setVariable("paidAmount", amount)
                .setVariable("paymentReference", reference)
                .correlate();
    }

    private String formOf(Task task) {
        return tasks().createTaskQuery()
                .taskId(task.getId())
                .initializeFormKeys()
                .singleResult()
                .getCamundaFormRef()
                .getKey();
    }

    private ProcessInstance start(Map<String, Object> application) {
        return runtime().startProcessInstanceByKey("permit", REFERENCE, application);
    }

    static Map<String, Object> application(String permitType, String size, long investment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("permitType", permitType);
        variables.put("applicantName", "ບໍລິສັດ ດອກຈຳປາ ຈຳກັດ");
        variables.put("applicantEmail", "info@dokchampa.la");
        variables.put("businessSize", size);
        variables.put("investmentAmount", investment);
        return variables;
    }
}
