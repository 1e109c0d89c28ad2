package org.gflow.processes.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.gflow.processes.support.ProcessTest;
import org.gflow.processes.validation.InvalidVariableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Deployment(resources = "gflow/processes/document-approval.bpmn")
class DocumentApprovalProcessTest extends ProcessTest {

    private static final String DRAFTER = "somchai";
    private static final List<String> CHAIN = List.of("division-head", "department-head", "vice-minister");

    @AfterEach
    void logOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void letterApprovedByTheWholeChainIsRegisteredRenderedAndDistributed() {
        ProcessInstance letter = reachSignoff(CHAIN);

        for (String approver : CHAIN) {
            signOff(letter, approver, "approve", "");
        }

        assertRegisteredRenderedDistributed(letter);
        assertThat(trail(letter)).extracting(entry -> entry.get("approver")).containsExactlyElementsOf(CHAIN);
        assertThat(trail(letter))
                .extracting(entry -> ((Number) entry.get("level")).intValue())
                .containsExactly(1, 2, 3);
        assertThat(trail(letter).get(0)).containsEntry("time", START.toString());
    }

    @Test
    void returnedLetterIsRevisedAndClimbsTheChainAgainFromTheFirstLevel() {
        ProcessInstance letter = reachSignoff(CHAIN.subList(0, 2));
        signOff(letter, "division-head", "approve", "");
        signOff(letter, "department-head", "return", "ກະລຸນາເພີ່ມເອກະສານຊ້ອນທ້າຍ");

        Task revision = openTask(letter, "reviseLetter");
        assertThat(revision.getAssignee()).isEqualTo(DRAFTER);
        tasks().complete(revision.getId(), Map.of("letterBody", "ສະບັບແກ້ໄຂ"));

        signOff(letter, "division-head", "approve", "");
        signOff(letter, "department-head", "approve", "");
        assertRegisteredRenderedDistributed(letter);
        assertThat(trail(letter))
                .extracting(entry -> entry.get("decision"))
                .containsExactly("approve", "return", "approve", "approve");
        assertThat(trail(letter).get(1)).containsEntry("comment", "ກະລຸນາເພີ່ມເອກະສານຊ້ອນທ້າຍ");
    }

    @Test
    void eachApproverDecidesOnAnEmptyFormAndTheDrafterSeesEveryReturn() {
        ProcessInstance letter = reachSignoff(CHAIN);
        signOff(letter, "division-head", "approve", "");
        signOff(letter, "department-head", "return", "ແກ້ໄຂວັນທີ");
        reviseAndResubmit(letter, "2 · department-head: ແກ້ໄຂວັນທີ");

        signOff(letter, "division-head", "return", "ເພີ່ມເອກະສານຊ້ອນທ້າຍ");
        reviseAndResubmit(letter, "2 · department-head: ແກ້ໄຂວັນທີ\n1 · division-head: ເພີ່ມເອກະສານຊ້ອນທ້າຍ");

        signOff(letter, "division-head", "approve", "");
        signOff(letter, "department-head", "approve", "ເຫັນດີ");
        signOff(letter, "vice-minister", "reject", "ບໍ່ສອດຄ່ອງກັບນະໂຍບາຍ");

        completeExternal(letter, "gflow.notify", Map.of());
        assertThat(letter).isEnded().hasPassed("letterRejected");
        assertThat(trail(letter))
                .extracting(entry -> entry.get("approver") + "/" + entry.get("decision") + "/" + entry.get("comment"))
                .containsExactly(
                        "division-head/approve/",
                        "department-head/return/ແກ້ໄຂວັນທີ",
                        "division-head/return/ເພີ່ມເອກະສານຊ້ອນທ້າຍ",
                        "division-head/approve/",
                        "department-head/approve/ເຫັນດີ",
                        "vice-minister/reject/ບໍ່ສອດຄ່ອງກັບນະໂຍບາຍ");
        assertThat(engine.getTaskService().getProcessInstanceComments(letter.getId()))
                .extracting(comment -> comment.getFullMessage())
                .contains("ສົ່ງຄືນໃຫ້ແກ້ໄຂ: ແກ້ໄຂວັນທີ", "ປະຕິເສດ: ບໍ່ສອດຄ່ອງກັບນະໂຍບາຍ");
    }

    @Test
    void aDistributionFailureBecomesATaskForTheSendersRegistryOffice() {
        ProcessInstance letter = reachSignoff(CHAIN.subList(0, 1));
        signOff(letter, "division-head", "approve", "");
        completeExternal(letter, "eoffice.registry-number", Map.of("registryNumber", "MOIC-2026-0008"));
        completeExternal(letter, "gflow.document-render", Map.of("documentCode", "L-9K2B"));

        failExternalWithBpmnError(letter, "eoffice.distribute", "DISTRIBUTION_FAILED");

        Task problem = openTask(letter, "resolveDistribution");
        assertThat(candidateGroupsOf(problem)).containsExactly("moic-registry");
        tasks().complete(problem.getId(), Map.of("recipients", List.of("mtc")));
        Map<String, Object> again =
                completeExternal(letter, "eoffice.distribute", Map.of("recipientOffices", List.of("mtc")));
        assertThat(again).containsEntry("recipients", List.of("mtc"));
        acknowledgeIncomingLetters(letter, "mtc-registry");
        assertThat(letter).isEnded().hasPassed("letterDistributed", "resolveDistribution");
    }

    @Test
    void aLetterToPeopleAndGroupsOnlyEndsWhenDistributed() {
        ProcessInstance letter = reachSignoff(CHAIN.subList(0, 1));
        signOff(letter, "division-head", "approve", "");
        completeExternal(letter, "eoffice.registry-number", Map.of("registryNumber", "MOIC-2026-0009"));
        completeExternal(letter, "gflow.document-render", Map.of("documentCode", "L-4H7C"));

        completeExternal(letter, "eoffice.distribute", Map.of("recipientOffices", List.of()));

        assertThat(letter).isEnded().hasPassed("letterDistributed");
    }

    @Test
    void rejectionEndsTheChainAndTellsTheDrafter() {
        ProcessInstance letter = reachSignoff(CHAIN);

        signOff(letter, "division-head", "reject", "ບໍ່ຢູ່ໃນຂອບເຂດຄວາມຮັບຜິດຊອບ");

        Map<String, Object> notice = completeExternal(letter, "gflow.notify", Map.of());
        assertThat(notice)
                .containsEntry("notificationKind", "letter.rejected")
                .containsEntry("recipientType", "user")
                .containsEntry("recipient", DRAFTER);
        assertThat(letter).isEnded().hasPassed("letterRejected").hasNotPassed("assignRegistryNumber");
        assertThat(trail(letter)).hasSize(1);
    }

    @Test
    void returnWithoutACommentIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance letter = reachSignoff(CHAIN);
        Task task = openTask(letter, "signOff");

        assertThat(refusedField(() -> tasks().complete(task.getId(), Map.of("decision", "return"))))
                .isEqualTo("comment");
        assertThat(refusedField(() -> tasks().complete(task.getId(), Map.of("decision", "maybe"))))
                .isEqualTo("decision");

        assertThat(openTask(letter, "signOff").getAssignee()).isEqualTo("division-head");
    }

    @Test
    void anEmptyChainIsRefusedAndTheChainBuilderKeepsItsTask() {
        engine.getIdentityService().setAuthenticatedUserId(DRAFTER);
        ProcessInstance letter = runtime().startProcessInstanceByKey("document-approval", newLetter());
        completeTask(letter, "writeLetter", Map.of());

        Throwable failure =
                catchThrowable(() -> completeExternal(letter, "eoffice.signoff-chain", Map.of("approvers", List.of())));

        assertThat(failure).hasMessageContaining("signoffDecision");
        assertThat(letter).isWaitingAt("buildSignoffChain");
    }

    @Test
    void explicitApproversReachTheChainBuilder() {
        engine.getIdentityService().setAuthenticatedUserId(DRAFTER);
        Map<String, Object> variables = newLetter();
        variables.put("approvers", List.of("minister"));
        ProcessInstance letter = runtime().startProcessInstanceByKey("document-approval", variables);
        completeTask(letter, "writeLetter", Map.of());

        Map<String, Object> given = completeExternal(letter, "eoffice.signoff-chain", Map.of());

        assertThat(given)
                .containsEntry("approvers", List.of("minister"))
                .containsEntry("drafter", DRAFTER)
                .containsEntry("ministry", "moic");
        assertThat(openTask(letter, "signOff").getAssignee()).isEqualTo("minister");
    }

    private static String refusedField(ThrowingCallable completion) {
        Throwable failure = catchThrowable(completion);
        return InvalidVariableException.findIn(failure)
                .map(InvalidVariableException::field)
                .orElseThrow(() -> new AssertionError("not refused as invalid: " + failure));
    }

    private ProcessInstance reachSignoff(List<String> approvers) {
        engine.getIdentityService().setAuthenticatedUserId(DRAFTER);
        ProcessInstance letter = runtime().startProcessInstanceByKey("document-approval", newLetter());
        Task draft = openTask(letter, "writeLetter");
        assertThat(draft.getAssignee()).isEqualTo(DRAFTER);
        tasks().complete(
                        draft.getId(),
                        Map.of("letterBody", "ຮຽນ ທ່ານ ລັດຖະມົນຕີ...", "recipients", List.of("mof", "mtc")));
        completeExternal(letter, "eoffice.signoff-chain", Map.of("approvers", approvers));
        return letter;
    }

    private void reviseAndResubmit(ProcessInstance letter, String expectedReasons) {
        Task revision = openTask(letter, "reviseLetter");
        assertThat(tasks().getVariable(revision.getId(), "returnReasons")).isEqualTo(expectedReasons);
        tasks().complete(revision.getId(), Map.of("letterBody", "ສະບັບແກ້ໄຂ"));
    }

    /** Signs off as the given approver, first checking the form starts with no one's decision. */
    private void signOff(ProcessInstance letter, String approver, String decision, String comment) {
        Task task = openTask(letter, "signOff");
        assertThat(task.getAssignee()).isEqualTo(approver);
        assertThat(tasks().getVariable(task.getId(), "decision"))
                .as("decision offered to " + approver)
                .isNull();
        assertThat(tasks().getVariable(task.getId(), "comment"))
                .as("comment offered to " + approver)
                .isNull();
        tasks().complete(task.getId(), Map.of("decision", decision, "comment", comment));
    }

    private void assertRegisteredRenderedDistributed(ProcessInstance letter) {
        completeExternal(letter, "eoffice.registry-number", Map.of("registryNumber", "MOIC-2026-0007"));
        Map<String, Object> render =
                completeExternal(letter, "gflow.document-render", Map.of("documentCode", "L-7F3A"));
        assertThat(render).containsEntry("documentKind", "letter").containsEntry("registryNumber", "MOIC-2026-0007");
        Map<String, Object> distribution =
                completeExternal(letter, "eoffice.distribute", Map.of("recipientOffices", List.of("mof", "mtc")));
        assertThat(distribution)
                .containsEntry("recipients", List.of("mof", "mtc"))
                .containsEntry("documentCode", "L-7F3A");
        acknowledgeIncomingLetters(letter, "mof-registry", "mtc-registry");
        assertThat(letter).isEnded().hasPassed("letterDistributed");
    }

    /** Each recipient organisation's registry office has the incoming letter and acknowledges it. */
    private void acknowledgeIncomingLetters(ProcessInstance letter, String... registryOffices) {
        List<Task> incoming = tasks().createTaskQuery()
                .processInstanceId(letter.getId())
                .taskDefinitionKey("acknowledgeIncoming")
                .list();
        assertThat(incoming).flatExtracting(this::candidateGroupsOf).containsExactlyInAnyOrder(registryOffices);
        assertThat(letter).isNotEnded();
        incoming.forEach(task -> tasks().complete(task.getId()));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> trail(ProcessInstance letter) {
        return (List<Map<String, Object>>) engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(letter.getId())
                .variableName("signoffTrail")
                .singleResult()
                .getValue();
    }

    private static Map<String, Object> newLetter() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("subject", "ແຈ້ງການກອງປະຊຸມປະຈຳປີ");
        variables.put("ministry", "moic");
        return variables;
    }
}
