package org.gflow.processes.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.gflow.processes.support.ProcessTest;
import org.junit.jupiter.api.Test;

/**
 * The citizen's way back into an answered complaint: within the reopen window a "not resolved"
 * sends the same case back to the responsible organisation's verifiers, past the limit to the
 * Office; after the window the case is closed and stays so.
 */
@Deployment(resources = {"gflow/processes/hotline-1516.bpmn", "gflow/processes/hotline-routing.dmn"})
class HotlineReopenProcessTest extends ProcessTest {

    @Test
    void aReopenWithinTheWindowGoesBackToTheSameVerifiersWithItsHistory() {
        ProcessInstance complaint = answered();
        passTime(Duration.ofDays(9));

        reopen(complaint, 1, "ຍັງມີຂຸມຢູ່ໜ້າໂຮງຮຽນ");

        assertThat(candidateGroupsOf(openTask(complaint, "verifyComplaint"))).containsExactly("moic-hotline-verifiers");
        assertThat(complaint)
                .hasPassed("writeExplanation", "publishAnswer", "citizenReopened")
                .variables()
                .containsEntry("reopenReason", "ຍັງມີຂຸມຢູ່ໜ້າໂຮງຮຽນ")
                .containsEntry("reopenCount", 1);
        assertThat(runtime()
                        .createEventSubscriptionQuery()
                        .processInstanceId(complaint.getId())
                        .eventName("HotlineComplaintReopened")
                        .count())
                .as("no second reopen while it is being handled again")
                .isZero();

        answerUntrue(complaint, "ກວດຄືນແລ້ວ, ສ້ອມແປງແລ້ວ");
        assertThat(complaint).isWaitingAt("awaitCitizen");
        passUntilNextTimer(complaint);
        assertThat(complaint).isEnded().hasPassed("caseClosed");
    }

    @Test
    void theWindowRunsTenWorkingDaysFromTheAnswerAndAfterItTheCaseIsClosed() {
        ProcessInstance complaint =
                answered(); // on Monday 2 March 2026, 08:00 in Vientiane: ends as office hours end ten working days
        // later
        Job window = management()
                .createJobQuery()
                .processInstanceId(complaint.getId())
                .timers()
                .singleResult();
        assertThat(window.getDuedate()).isEqualTo(Date.from(lao("2026-03-16T16:00")));

        passUntilNextTimer(complaint);

        assertThat(complaint).isEnded().hasPassed("reopenWindowClosed").hasNotPassed("citizenReopened");
        assertThatThrownBy(() -> reopen(complaint, 1, "ຍັງບໍ່ໄດ້ແກ້ໄຂ"))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @Test
    void beyondTheLimitTheOfficeAnswersItself() {
        ProcessInstance complaint = answered();
        for (int reopen = 1; reopen <= 2; reopen++) {
            reopen(complaint, reopen, "ຍັງບໍ່ໄດ້ແກ້ໄຂ ຄັ້ງທີ " + reopen);
            assertThat(complaint).isWaitingAt("verifyComplaint");
            answerUntrue(complaint, "ຄຳຕອບຄັ້ງທີ " + (reopen + 1));
        }

        reopen(complaint, 3, "ຍັງບໍ່ໄດ້ແກ້ໄຂ ຄັ້ງທີ 3");

        assertThat(complaint).isWaitingAt("reviewReopenedComplaint").hasNotPassed("reviewReport");
        assertThat(candidateGroupsOf(openTask(complaint, "reviewReopenedComplaint")))
                .containsExactly("opm-hotline-triage");
        completeTask(
                complaint, "reviewReopenedComplaint", Map.of("answerText", "ຫ້ອງວ່າການສັ່ງໃຫ້ສ້ອມແປງພາຍໃນອາທິດນີ້"));
        assertThat(completeExternal(complaint, "opm.hotline-publish-answer", Map.of()))
                .containsEntry("answerText", "ຫ້ອງວ່າການສັ່ງໃຫ້ສ້ອມແປງພາຍໃນອາທິດນີ້");
        completeExternal(complaint, "gflow.document-render", Map.of("documentCode", "ANSWERCODE1234AC"));
        completeExternal(complaint, "gflow.notify", Map.of());
        assertThat(complaint).isWaitingAt("awaitCitizen");
    }

    /** A business complaint found untrue and answered; the citizen has been told. */
    private ProcessInstance answered() {
        ProcessInstance complaint = runtime()
                .startProcessInstanceByKey("hotline-1516", HotlineProcessTest.complaint("business", "vientiane"));
        completeExternal(complaint, "opm.hotline-register", HotlineProcessTest.registered());
        completeTask(complaint, "triageComplaint", Map.of());
        answerUntrue(complaint, "ກວດແລ້ວ, ບໍ່ພົບການລະເມີດ");
        assertThat(complaint).isWaitingAt("awaitCitizen");
        return complaint;
    }

    private void answerUntrue(ProcessInstance complaint, String answer) {
        completeTask(complaint, "verifyComplaint", Map.of("complaintTrue", false));
        completeTask(complaint, "writeExplanation", Map.of("answerText", answer));
        completeExternal(complaint, "opm.hotline-publish-answer", Map.of());
        completeExternal(complaint, "gflow.document-render", Map.of("documentCode", "ANSWERCODE1234AB"));
        completeExternal(complaint, "gflow.notify", Map.of());
    }

    /** What the public reopen does: the model's message, with the reason and the count. */
    private void reopen(ProcessInstance complaint, int count, String reason) {
        runtime()
                .createMessageCorrelation("HotlineComplaintReopened")
                .processInstanceId(complaint.getId())
                .setVariable("reopenReason", reason)
                .setVariable("reopenCount", count)
                .setVariable("answerPublished", false)
                .correlateWithResult();
    }
}
