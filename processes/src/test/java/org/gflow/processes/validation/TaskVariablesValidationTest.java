package org.gflow.processes.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.gflow.processes.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A user task's {@code gflow.variable.*} declarations are all its completion may write:
 * anything else is refused naming the variable, through every service door, and nothing of
 * the refused completion is kept.
 */
@Deployment(resources = "org/gflow/processes/validation/task-declarations.bpmn")
class TaskVariablesValidationTest extends ProcessTest {

    @AfterEach
    void logOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void declaredVariablesAreWrittenAndMissingOnesGetTheirDefault() {
        ProcessInstance instance = start();

        completeTask(instance, "answer", Map.of("verdict", "yes", "note", "checked"));

        assertThat(runtime().getVariables(instance.getId()))
                .containsEntry("verdict", "yes")
                .containsEntry("note", "checked")
                .containsEntry("priority", "normal");
        openTask(instance, "acknowledge");
    }

    @Test
    void aDateTypedDayFirstIsKeptAsThatDay() {
        ProcessInstance instance = start();

        completeTask(instance, "answer", Map.of("verdict", "yes", "validUntil", "30/11/2029"));

        assertThat(runtime().getVariable(instance.getId(), "validUntil")).isEqualTo("2029-11-30");
    }

    @Test
    void aDateThatCannotBeReadIsRefusedNotGuessed() {
        ProcessInstance instance = start();
        String taskId = openTask(instance, "answer").getId();

        for (String unreadable : List.of("11/30/2029", "31/02/2029", "30/11/29", "30/11.2029", "soon")) {
            assertRefused(
                    () -> tasks().complete(taskId, Map.of("verdict", "yes", "validUntil", unreadable)),
                    "validUntil",
                    "must be a date");
        }
        assertThat(runtime().getVariable(instance.getId(), "validUntil")).isNull();
    }

    @Test
    void anUndeclaredVariableIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = start();
        String taskId = openTask(instance, "answer").getId();

        assertRefused(
                () -> tasks().complete(taskId, Map.of("verdict", "yes", "answerGroup", "us")),
                "answerGroup",
                "may not be written by task 'answer'");

        assertThat(runtime().getVariable(instance.getId(), "answerGroup")).isEqualTo("clerks");
        assertThat(runtime().getVariable(instance.getId(), "verdict")).isNull();
        openTask(instance, "answer");
    }

    @Test
    void everyCompletionDoorIsHeldToTheDeclarations() {
        ProcessInstance instance = start();
        String taskId = openTask(instance, "answer").getId();
        Map<String, Object> tampered = Map.of("verdict", "no", "answerGroup", "us");

        assertRefused(() -> engine.getFormService().submitTaskForm(taskId, tampered), "answerGroup", "may not");
        assertRefused(() -> tasks().completeWithVariablesInReturn(taskId, tampered, false), "answerGroup", "may not");
        assertRefused(() -> tasks().resolveTask(taskId, tampered), "answerGroup", "may not");
        assertRefused(() -> tasks().handleBpmnError(taskId, "ANY", "msg", tampered), "answerGroup", "may not");
        assertRefused(() -> tasks().handleEscalation(taskId, "ANY", tampered), "answerGroup", "may not");
        openTask(instance, "answer");
    }

    @Test
    void aValueSentBackUnchangedIsNoWrite() {
        ProcessInstance instance = start();

        // A read-only field of the form travels back with the value it was shown with.
        completeTask(instance, "answer", Map.of("verdict", "no", "answerGroup", "clerks"));

        openTask(instance, "acknowledge");
    }

    @Test
    void declaredVariablesKeepTheirTypesAndOptions() {
        ProcessInstance instance = start();
        String taskId = openTask(instance, "answer").getId();

        assertRefused(
                () -> tasks().complete(taskId, Map.of("verdict", "maybe")), "verdict", "must be one of [yes, no]");
        assertRefused(
                () -> tasks().complete(taskId, Map.of("verdict", "yes", "note", "x".repeat(21))),
                "note",
                "at most 20 characters");
        assertRefused(() -> tasks().complete(taskId, Map.of("verdict", 1)), "verdict", "must be a string");
        assertRefused(() -> tasks().complete(taskId, Map.of("note", "no verdict")), "verdict", "is required");
    }

    @Test
    void aRequiredAnswerIsGivenAtEachCompletionNotInheritedFromTheCase() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("answerGroup", "clerks");
        variables.put("verdict", "yes"); // e.g. the previous approver's decision
        ProcessInstance instance = runtime().startProcessInstanceByKey("task-declarations", variables);
        String taskId = openTask(instance, "answer").getId();

        assertRefused(() -> tasks().complete(taskId), "verdict", "is required to complete task 'answer'");
        assertRefused(
                () -> engine.getFormService().submitTaskForm(taskId, Map.of("note", "ok")), "verdict", "is required");
    }

    @Test
    void aTaskThatDeclaresNothingMayWriteNothing() {
        ProcessInstance instance = start();
        completeTask(instance, "answer", Map.of("verdict", "yes"));
        String taskId = openTask(instance, "acknowledge").getId();

        assertRefused(() -> tasks().complete(taskId, Map.of("verdict", "no")), "verdict", "it writes no variables");

        tasks().complete(taskId);
        assertThat(runtime()
                        .createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }

    @Test
    void aCivilServantCannotWriteTaskVariablesAroundTheDeclarations() {
        ProcessInstance instance = start();
        String taskId = openTask(instance, "answer").getId();
        engine.getIdentityService().setAuthentication("clerk", List.of("clerks"));

        assertRefused(() -> tasks().setVariable(taskId, "answerGroup", "us"), "answerGroup", "may not");
        assertRefused(() -> tasks().setVariablesLocal(taskId, Map.of("answerGroup", "us")), "answerGroup", "may not");
        assertRefused(() -> tasks().removeVariable(taskId, "answerGroup"), "answerGroup", "may not");
        tasks().setVariable(taskId, "note", "draft"); // a declared field may be saved as a draft

        engine.getIdentityService().clearAuthentication();
        assertThat(runtime().getVariable(instance.getId(), "answerGroup")).isEqualTo("clerks");
        assertThat(runtime().getVariable(instance.getId(), "note")).isEqualTo("draft");
    }

    @Test
    void administratorsAndTheEngineItselfMayCorrectVariables() {
        ProcessInstance instance = start();
        String taskId = openTask(instance, "answer").getId();

        engine.getIdentityService().setAuthentication("operator", List.of("camunda-admin"));
        tasks().setVariable(taskId, "answerGroup", "supervisors");
        engine.getIdentityService().clearAuthentication();
        tasks().setVariables(taskId, Map.of("answerGroup", "clerks"));

        assertThat(runtime().getVariable(instance.getId(), "answerGroup")).isEqualTo("clerks");
    }

    @Test
    void aSerializedValueCannotPassAsUnchanged() {
        ProcessInstance instance = start();
        String taskId = openTask(instance, "answer").getId();
        Map<String, Object> typed = Variables.createVariables()
                .putValue("verdict", "yes")
                .putValueTyped(
                        "answerGroup",
                        Variables.serializedObjectValue("\"clerks\"")
                                .serializationDataFormat("application/json")
                                .objectTypeName("java.lang.String")
                                .create());

        assertRefused(() -> tasks().complete(taskId, typed), "answerGroup", "may not");
    }

    @Test
    void malformedTaskDeclarationFailsTheDeployment() {
        Throwable failure = catchThrowable(() -> engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource("org/gflow/processes/validation/malformed-task-declaration.bpmn")
                .deploy());

        assertThat(failure)
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("gflow.variable.verdict")
                .hasMessageContaining("unknown option");
    }

    private ProcessInstance start() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("answerGroup", "clerks");
        return runtime().startProcessInstanceByKey("task-declarations", variables);
    }

    private static void assertRefused(Executable action, String field, String problem) {
        Throwable failure = catchThrowable(action::execute);
        assertThat(InvalidVariableException.findIn(failure))
                .as("%s", failure)
                .get()
                .satisfies(invalid -> {
                    assertThat(invalid.field()).isEqualTo(field);
                    assertThat(invalid.getMessage()).contains(problem);
                });
    }
}
