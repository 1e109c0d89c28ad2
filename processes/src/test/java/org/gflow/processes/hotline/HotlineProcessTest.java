package org.gflow.processes.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.gflow.processes.support.ProcessTest;
import org.junit.jupiter.api.Test;

@Deployment(resources = {"gflow/processes/hotline-1516.bpmn", "gflow/processes/hotline-routing.dmn"})
class HotlineProcessTest extends ProcessTest {

    static final Duration REOPEN_WINDOW = Duration.ofDays(10);

    @Test
    void untrueComplaintIsExplainedPublishedAndTheCitizenTold() {
        ProcessInstance complaint = reachVerification(complaint("business", "vientiane"));

        completeTask(
                complaint,
                "verifyComplaint",
                Map.of("complaintTrue", false, "verificationNotes", "ຮ້ານຄ້າມີໃບອະນຸຍາດຖືກຕ້ອງ"));
        Task explanation = openTask(complaint, "writeExplanation");
        assertThat(candidateGroupsOf(explanation)).containsExactly("moic-hotline-verifiers");
        tasks().complete(explanation.getId(), Map.of("answerText", "ກວດແລ້ວ, ບໍ່ພົບການລະເມີດ"));

        assertAnsweredAndClosed(complaint, "ກວດແລ້ວ, ບໍ່ພົບການລະເມີດ");
        assertThat(complaint).hasPassed("writeExplanation").hasNotPassed("investigateAndReport");
    }

    @Test
    void triageCorrectionDecidesTheRouting() {
        ProcessInstance complaint = start(complaint("business", "bokeo"));
        completeExternal(complaint, "opm.hotline-register", Map.of("trackingNumber", "1516-2026-000001"));
        Task triage = openTask(complaint, "triageComplaint");
        assertThat(candidateGroupsOf(triage)).containsExactly("opm-hotline-triage");

        tasks().complete(triage.getId(), Map.of("category", "public-service"));

        Task verify = openTask(complaint, "verifyComplaint");
        assertThat(candidateGroupsOf(verify)).containsExactly("bokeo-hotline-verifiers");
        assertThat(complaint).variables().containsEntry("responsibleOrg", "bokeo");
    }

    @Test
    void trueComplaintIsInvestigatedAndAReturnedReportGoesBackToTheInvestigators() {
        ProcessInstance complaint = reachVerification(complaint("transport", "vientiane"));
        completeTask(complaint, "verifyComplaint", Map.of("complaintTrue", true));

        completeTask(complaint, "investigateAndReport", Map.of("reportText", "ສ້ອມແປງແລ້ວ"));
        Task review = openTask(complaint, "reviewReport");
        assertThat(candidateGroupsOf(review)).containsExactly("opm-hotline-triage");
        tasks().complete(review.getId(), Map.of("reportAccepted", false, "reviewComment", "ຂໍຮູບຖ່າຍຫຼັງການສ້ອມແປງ"));

        Task secondInvestigation = openTask(complaint, "investigateAndReport");
        assertThat(candidateGroupsOf(secondInvestigation)).containsExactly("mpwt-hotline-verifiers");
        tasks().complete(secondInvestigation.getId(), Map.of("reportText", "ສ້ອມແປງແລ້ວ, ມີຮູບ"));
        completeTask(
                complaint, "reviewReport", Map.of("reportAccepted", true, "answerText", "ຖະໜົນໄດ້ຮັບການສ້ອມແປງແລ້ວ"));

        assertAnsweredAndClosed(complaint, "ຖະໜົນໄດ້ຮັບການສ້ອມແປງແລ້ວ");
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(complaint.getId())
                        .activityId("investigateAndReport")
                        .count())
                .isEqualTo(2);
    }

    @Test
    void answersSubmittedAsTextAreUnderstood() {
        ProcessInstance complaint = reachVerification(complaint("tax", "bokeo"));

        completeTask(complaint, "verifyComplaint", Map.of("complaintTrue", "true"));
        completeTask(complaint, "investigateAndReport", Map.of("reportText", "ແກ້ໄຂແລ້ວ"));
        completeTask(complaint, "reviewReport", Map.of("reportAccepted", "false"));

        assertThat(complaint).isWaitingAt("investigateAndReport");
    }

    @Test
    void verificationHasTheDeadlineAsDueDate() {
        ProcessInstance complaint = reachVerification(complaint("tax", "champasak"));

        Task verify = openTask(complaint, "verifyComplaint");
        assertThat(verify.getDueDate()).isEqualTo(Date.from(START.plus(Duration.ofDays(7))));
        assertThat(candidateGroupsOf(verify)).containsExactly("mof-hotline-verifiers");
    }

    @Test
    void verifiersAreRemindedBeforeTheDeadlineWithoutEscalation() {
        ProcessInstance complaint = reachVerification(complaint("environment", "vientiane"));

        passTime(Duration.ofDays(5));

        Map<String, Object> reminder = completeExternal(complaint, "gflow.notify", Map.of());
        assertThat(reminder)
                .containsEntry("notificationKind", "hotline.verification-reminder")
                .containsEntry("recipientType", "group")
                .containsEntry("recipient", "monre-hotline-verifiers");
        assertThat(complaint).hasPassed("reminderSent").isWaitingAt("verifyComplaint");
        assertThat(complaint).hasNotPassed("verificationOverdue");
    }

    @Test
    void overdueVerificationEscalatesToSupervisorsAndTheOfficeAndTheCaseStillCloses() {
        ProcessInstance complaint = reachVerification(complaint("business", "vientiane"));
        passTime(Duration.ofDays(5));
        completeExternal(complaint, "gflow.notify", Map.of());

        passTime(Duration.ofDays(2));

        Map<String, Object> alert = completeExternal(complaint, "gflow.notify", Map.of());
        assertThat(alert)
                .containsEntry("notificationKind", "hotline.verification-overdue")
                .containsEntry("recipient", "moic-hotline-supervisors,opm-hotline-triage");
        Task followUp = openTask(complaint, "followUpOverdue");
        assertThat(candidateGroupsOf(followUp)).containsExactly("moic-hotline-supervisors", "opm-hotline-triage");
        assertThat(followUp.getDueDate()).isEqualTo(Date.from(START.plus(Duration.ofDays(8))));
        assertThat(complaint).variables().containsEntry("escalated", true);
        assertThat(complaint).isWaitingAt("verifyComplaint", "followUpOverdue");

        // The verifiers still answer; closing the case also closes the open follow-up.
        completeTask(complaint, "verifyComplaint", Map.of("complaintTrue", false));
        completeTask(complaint, "writeExplanation", Map.of("answerText", "ບໍ່ເປັນຄວາມຈິງ"));
        assertAnsweredAndClosed(complaint, "ບໍ່ເປັນຄວາມຈິງ");
    }

    @Test
    void slaDurationsComeFromTheStartVariables() {
        Map<String, Object> variables = complaint("land", "bokeo");
        variables.put("verificationReminder", "PT4H");
        variables.put("verificationDeadline", "PT8H");
        ProcessInstance complaint = reachVerification(variables);

        passTime(Duration.ofHours(4));
        assertThat(completeExternal(complaint, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "hotline.verification-reminder");
        passTime(Duration.ofHours(4));

        assertThat(completeExternal(complaint, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "hotline.verification-overdue");
        assertThat(openTask(complaint, "followUpOverdue").getDueDate())
                .isEqualTo(Date.from(START.plus(Duration.ofHours(32))));
    }

    private ProcessInstance reachVerification(Map<String, Object> variables) {
        ProcessInstance complaint = start(variables);
        Map<String, Object> given = completeExternal(complaint, "opm.hotline-register", registered());
        assertThat(given).containsEntry("complaintText", variables.get("complaintText"));
        completeTask(complaint, "triageComplaint", Map.of());
        assertThat(complaint).isWaitingAt("verifyComplaint");
        return complaint;
    }

    private void assertAnsweredAndClosed(ProcessInstance complaint, String answer) {
        Map<String, Object> published = completeExternal(complaint, "opm.hotline-publish-answer", Map.of());
        assertThat(published).containsEntry("answerText", answer).containsEntry("trackingNumber", "1516-2026-000042");
        Map<String, Object> document =
                completeExternal(complaint, "gflow.document-render", Map.of("documentCode", "ANSWERCODE1234AB"));
        assertThat(document).containsEntry("documentKind", "answer").containsEntry("answerText", answer);
        Map<String, Object> notice = completeExternal(complaint, "gflow.notify", Map.of());
        assertThat(notice)
                .containsEntry("notificationKind", "hotline.answer-published")
                .containsEntry("recipientType", "citizen");
        assertThat(complaint).isWaitingAt("awaitCitizen");

        passTime(REOPEN_WINDOW);
        assertThat(complaint).isEnded().hasPassed("reopenWindowClosed", "caseClosed");
    }

    /** What registration gives a complaint (the engine takes the reopen settings from its configuration). */
    static Map<String, Object> registered() {
        return Map.of("trackingNumber", "1516-2026-000042", "reopenWindow", "P10D", "reopenLimit", 2, "reopenCount", 0);
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return runtime().startProcessInstanceByKey("hotline-1516", variables);
    }

    static Map<String, Object> complaint(String category, String province) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("channel", "phone");
        variables.put("complaintText", "ຖະໜົນເປັນຂຸມເປັນບໍ່ ບໍ່ມີການສ້ອມແປງ");
        variables.put("category", category);
        variables.put("province", province);
        variables.put("citizenName", "ນາງ ມະນີວັນ");
        variables.put("citizenPhone", "+856 20 5555 1516");
        return variables;
    }
}
