package org.gflow.processes.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.gflow.processes.support.FakeOrganisationHeads;
import org.gflow.processes.support.ProcessTest;
import org.junit.jupiter.api.Test;

@Deployment(resources = {"gflow/processes/hotline-1516.bpmn", "gflow/processes/hotline-routing.dmn"})
class HotlineProcessTest extends ProcessTest {

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
        // seven working days after Monday 2 March: Wednesday 11 March at the office's close
        assertThat(verify.getDueDate()).isEqualTo(Date.from(lao("2026-03-11T16:00")));
        assertThat(candidateGroupsOf(verify)).containsExactly("mof-hotline-verifiers");
    }

    @Test
    void verifiersAreRemindedBeforeTheDeadlineWithoutEscalation() {
        ProcessInstance complaint = reachVerification(complaint("environment", "vientiane"));

        passTimeUntil(lao("2026-03-09T15:59"));
        assertThat(externalTasks()
                        .createExternalTaskQuery()
                        .topicName("gflow.notify")
                        .count())
                .isZero();
        passTimeUntil(lao("2026-03-09T16:00"));

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
        passTimeUntil(lao("2026-03-09T16:00"));
        completeExternal(complaint, "gflow.notify", Map.of());

        passTimeUntil(lao("2026-03-11T16:00"));

        Map<String, Object> alert = completeExternal(complaint, "gflow.notify", Map.of());
        assertThat(alert)
                .containsEntry("notificationKind", "hotline.verification-overdue")
                .containsEntry("recipient", "moic-hotline-supervisors,opm-hotline-triage");
        Task followUp = openTask(complaint, "followUpOverdue");
        assertThat(candidateGroupsOf(followUp)).containsExactly("moic-hotline-supervisors");
        assertThat(followUp.getDueDate()).isEqualTo(Date.from(lao("2026-03-12T16:00")));
        assertThat(complaint).variables().containsEntry("escalated", true);
        assertThat(complaint).isWaitingAt("verifyComplaint", "followUpOverdue");

        // The verifiers still answer; once the citizen is told, the open follow-up ends.
        completeTask(complaint, "verifyComplaint", Map.of("complaintTrue", false));
        completeTask(complaint, "writeExplanation", Map.of("answerText", "ບໍ່ເປັນຄວາມຈິງ"));
        assertAnsweredAndClosed(complaint, "ບໍ່ເປັນຄວາມຈິງ");
        assertThat(complaint).hasPassed("answeredDuringFollowUp", "followUpEndedByAnswer");
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
        // eight working hours from Monday 08:00: the office day holds seven, so Tuesday 09:00
        passTimeUntil(lao("2026-03-03T09:00"));

        assertThat(completeExternal(complaint, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "hotline.verification-overdue");
        assertThat(openTask(complaint, "followUpOverdue").getDueDate()).isEqualTo(Date.from(lao("2026-03-04T16:00")));
    }

    @Test
    void aComplaintFiledBeforePiMaiIsNotOverdueAfterTheHoliday() {
        // Monday 13 April 2026, the working day before Pi Mai (Tuesday 14 to Thursday 16 April)
        passTimeUntil(lao("2026-04-13T10:00"));
        Map<String, Object> variables = complaint("transport", "vientiane");
        variables.put("verificationReminder", "P3D");
        variables.put("verificationDeadline", "P5D");
        ProcessInstance complaint = reachVerification(variables);

        // counted: Friday 17, Monday 20, Tuesday 21 (reminder), Wednesday 22, Thursday 23 (deadline)
        assertThat(timerDue(complaint, "verificationReminderDue")).isEqualTo(lao("2026-04-21T16:00"));
        assertThat(timerDue(complaint, "verificationOverdue")).isEqualTo(lao("2026-04-23T16:00"));
        assertThat(openTask(complaint, "verifyComplaint").getDueDate()).isEqualTo(Date.from(lao("2026-04-23T16:00")));

        // the day after Pi Mai: nothing reminded, nothing escalated, the task still in time
        passTimeUntil(lao("2026-04-17T10:00"));
        assertThat(externalTasks()
                        .createExternalTaskQuery()
                        .topicName("gflow.notify")
                        .count())
                .isZero();
        assertThat(openTask(complaint, "verifyComplaint").getDueDate()).isAfter(ClockUtil.getCurrentTime());
        assertThat(complaint).variables().doesNotContainKey("escalated");

        passTimeUntil(lao("2026-04-21T16:00"));
        assertThat(completeExternal(complaint, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "hotline.verification-reminder");
        passTimeUntil(lao("2026-04-23T16:00"));
        assertThat(completeExternal(complaint, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "hotline.verification-overdue");
        // the follow-up's one working day: Friday 24 April
        assertThat(openTask(complaint, "followUpOverdue").getDueDate()).isEqualTo(Date.from(lao("2026-04-24T16:00")));
    }

    @Test
    void anUnansweredEscalationClimbsToTheHeadThenTheOfficeInWorkingDays() {
        ProcessInstance complaint = overdueOnTheDayBeforePiMai(complaint("business", "vientiane"));

        // step 1, the supervisors: one working day, Pi Mai skipped — Friday 17 April
        Task supervisors = openTask(complaint, "followUpOverdue");
        assertThat(candidateGroupsOf(supervisors)).containsExactly("moic-hotline-supervisors");
        assertThat(supervisors.getDueDate()).isEqualTo(Date.from(lao("2026-04-17T16:00")));
        passTimeUntil(lao("2026-04-17T15:59"));
        assertThat(complaint).isWaitingAt("verifyComplaint", "followUpOverdue");

        // step 2, the organisation's head from the directory: two working days — Tuesday 21 April
        passTimeUntil(lao("2026-04-17T16:00"));
        Task head = openTask(complaint, "followUpByHead");
        assertThat(head.getAssignee()).isEqualTo(FakeOrganisationHeads.MOIC_HEAD);
        assertThat(head.getDueDate()).isEqualTo(Date.from(lao("2026-04-21T16:00")));
        assertThat(complaint).hasPassed("supervisorsUnanswered").isWaitingAt("verifyComplaint", "followUpByHead");

        // step 3, the Office: two working days — Thursday 23 April
        passTimeUntil(lao("2026-04-21T16:00"));
        Task office = openTask(complaint, "followUpByOffice");
        assertThat(candidateGroupsOf(office)).containsExactly("opm-hotline-triage");
        assertThat(office.getDueDate()).isEqualTo(Date.from(lao("2026-04-23T16:00")));
        assertThat(complaint).hasPassed("headUnanswered").isWaitingAt("verifyComplaint", "followUpByOffice");

        // every step is in the case's history
        assertThat(escalationLevels(complaint)).containsExactly("supervisors", "head", "office");
        tasks().complete(office.getId(), Map.of("escalationNote", "ໂທຫາກະຊວງແລ້ວ"));
        assertThat(complaint).hasPassed("escalationHandled").isWaitingAt("verifyComplaint");
    }

    @Test
    void aFollowUpAnsweredInTimeStopsTheLadder() {
        ProcessInstance complaint = overdueOnTheDayBeforePiMai(complaint("business", "vientiane"));

        completeTask(complaint, "followUpOverdue", Map.of("escalationNote", "ຕິດຕາມແລ້ວ"));
        passTimeUntil(lao("2026-04-30T16:00"));

        assertThat(complaint).hasPassed("escalationHandled").hasNotPassed("supervisorsUnanswered");
        assertThat(complaint).isWaitingAt("verifyComplaint");
        assertThat(escalationLevels(complaint)).containsExactly("supervisors");
    }

    @Test
    void withoutAHeadInTheDirectoryTheLadderStillReachesTheOffice() {
        ProcessInstance complaint = overdueOnTheDayBeforePiMai(complaint("public-service", "bokeo"));
        passTimeUntil(lao("2026-04-17T16:00"));
        assertThat(openTask(complaint, "followUpByHead").getAssignee()).isNull();

        passTimeUntil(lao("2026-04-21T16:00"));

        assertThat(candidateGroupsOf(openTask(complaint, "followUpByOffice"))).containsExactly("opm-hotline-triage");
    }

    /** A complaint whose verification is overdue at noon on Monday 13 April 2026, the day before Pi Mai. */
    private ProcessInstance overdueOnTheDayBeforePiMai(Map<String, Object> variables) {
        passTimeUntil(lao("2026-04-13T10:00"));
        variables.put("verificationReminder", "PT1H");
        variables.put("verificationDeadline", "PT2H");
        ProcessInstance complaint = reachVerification(variables);
        passTimeUntil(lao("2026-04-13T11:00"));
        completeExternal(complaint, "gflow.notify", Map.of());
        passTimeUntil(lao("2026-04-13T12:00"));
        assertThat(completeExternal(complaint, "gflow.notify", Map.of()))
                .containsEntry("notificationKind", "hotline.verification-overdue");
        return complaint;
    }

    /** The values escalationLevel took, in order, from the case's history. */
    private List<Object> escalationLevels(ProcessInstance complaint) {
        return engine
                .getHistoryService()
                .createHistoricDetailQuery()
                .processInstanceId(complaint.getId())
                .variableUpdates()
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .map(detail -> (HistoricVariableUpdate) detail)
                .filter(update -> update.getVariableName().equals("escalationLevel"))
                .map(HistoricVariableUpdate::getValue)
                .toList();
    }

    private java.time.Instant timerDue(ProcessInstance complaint, String activityId) {
        return management()
                .createJobQuery()
                .processInstanceId(complaint.getId())
                .activityId(activityId)
                .singleResult()
                .getDuedate()
                .toInstant();
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

        passUntilNextTimer(complaint);
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
