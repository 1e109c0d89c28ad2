package org.gflow.processes.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * Static checks that keep the shipped models deployable, openable in Camunda Modeler and
 * within G-Flow's rules: full diagram layout, a history time-to-live, no scripts, forms and
 * groups on every user task, external service tasks on known topics.
 */
class ModelsAreModelerReadyTest {

    /** The topics of COMMON's contract; a service task on any other topic would wait forever. */
    private static final Set<String> TOPICS = Set.of(
            "opm.hotline-register",
            "opm.hotline-publish-answer",
            "gflow.notify",
            "eoffice.signoff-chain",
            "eoffice.registry-number",
            "eoffice.distribute",
            "gflow.document-render",
            "mof.fee-payment",
            "moic.enterprise-lookup");

    private static final Set<String> FORM_IDS = Set.of(
            "hotline-intake",
            "hotline-triage",
            "hotline-verify",
            "hotline-explanation",
            "hotline-report",
            "hotline-office-review",
            "hotline-escalation",
            "hotline-reopen-review",
            "letter-draft",
            "letter-signoff",
            "permit-application",
            "permit-completeness",
            "permit-review",
            "permit-consultation",
            "permit-decision",
            "permit-payment-problem",
            "incoming-letter",
            "letter-distribution-problem");

    private static final String TEN_YEARS = "3650";

    @Test
    void theThreeProcessesAndThreeTablesAreShipped() {
        assertThat(processes())
                .flatExtracting(model -> model.getModelElementsByType(Process.class))
                .extracting(Process::getId)
                .containsExactlyInAnyOrder("hotline-1516", "document-approval", "permit");
        assertThat(decisions())
                .flatExtracting(model -> model.getModelElementsByType(Decision.class))
                .extracting(Decision::getId)
                .containsExactlyInAnyOrder("hotline-routing", "permit-type", "permit-fee");
    }

    @Test
    void everyFlowNodeAndFlowHasDiagramLayout() {
        for (BpmnModelInstance model : processes()) {
            Set<String> shaped = idsOf(model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId())
                    .toList());
            Set<String> routed = idsOf(model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(edge -> edge.getBpmnElement().getId())
                    .toList());

            assertThat(shaped)
                    .containsAll(idsOf(model.getModelElementsByType(FlowNode.class).stream()
                            .map(FlowNode::getId)
                            .toList()));
            assertThat(routed)
                    .containsAll(idsOf(model.getModelElementsByType(SequenceFlow.class).stream()
                            .map(SequenceFlow::getId)
                            .toList()));
            model.getModelElementsByType(BpmnEdge.class)
                    .forEach(edge -> assertThat(edge.getWaypoints()).hasSizeGreaterThanOrEqualTo(2));
        }
    }

    @Test
    void everyProcessAndDecisionKeepsTenYearsOfHistory() {
        assertThat(processes())
                .flatExtracting(model -> model.getModelElementsByType(Process.class))
                .allSatisfy(process -> {
                    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo(TEN_YEARS);
                    assertThat(process.isExecutable()).isTrue();
                });
        assertThat(decisions())
                .flatExtracting(model -> model.getModelElementsByType(Decision.class))
                .allSatisfy(decision ->
                        assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo(TEN_YEARS));
    }

    @Test
    void noScriptsAnywhere() {
        for (BpmnModelInstance model : processes()) {
            assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
            assertThat(model.getModelElementsByType(CamundaScript.class)).isEmpty();
            assertThat(model.getModelElementsByType(ConditionExpression.class))
                    .allSatisfy(condition -> assertThat(condition.getLanguage()).isNull());
        }
    }

    @Test
    void everyUserTaskHasAFormAndSomeoneToDoIt() {
        for (UserTask task : userTasks()) {
            assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding())
                    .as("form binding of %s", task.getId())
                    .isEqualTo("latest");
            assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaAssignee() != null)
                    .as("candidate groups or assignee of %s", task.getId())
                    .isTrue();
            assertThat(task.getName()).as("Lao name of %s", task.getId()).matches(".*[\\u0E80-\\u0EFF].*");
            assertThat(task.getDocumentations())
                    .as("English documentation of %s", task.getId())
                    .isNotEmpty();
        }
    }

    @Test
    void everyReferencedFormIsShipped() throws IOException {
        Set<String> shipped = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : ModelResources.files(ModelResources.FORMS, ".form")) {
            JsonNode form = json.readTree(file.toFile());
            assertThat(file.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
            assertThat(form.get("components")).isNotEmpty();
            shipped.add(form.get("id").asText());
        }
        Set<String> referenced = userTasks().stream()
                .map(UserTask::getCamundaFormRef)
                .filter(ref -> !ref.startsWith("${"))
                .collect(Collectors.toSet());

        assertThat(shipped).containsExactlyInAnyOrderElementsOf(FORM_IDS).containsAll(referenced);
    }

    @Test
    void everyServiceTaskIsAnExternalTaskOnAKnownTopic() {
        for (BpmnModelInstance model : processes()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                assertThat(task.getCamundaType()).as("type of %s", task.getId()).isEqualTo("external");
                assertThat(task.getCamundaTopic())
                        .as("topic of %s", task.getId())
                        .isIn(TOPICS);
            }
        }
    }

    @Test
    void messageNamesAreUniqueAndCarryTheProcessPrefix() {
        List<String> names = processes().stream()
                .flatMap(model -> model.getModelElementsByType(Message.class).stream())
                .map(Message::getName)
                .toList();

        assertThat(names)
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("(Hotline|Letter|Permit)[A-Z][A-Za-z]+"));
    }

    private static List<UserTask> userTasks() {
        return processes().stream()
                .flatMap(model -> model.getModelElementsByType(UserTask.class).stream())
                .toList();
    }

    private static List<BpmnModelInstance> processes() {
        return ModelResources.files(ModelResources.MODELS, ".bpmn").stream()
                .map(file -> Bpmn.readModelFromFile(file.toFile()))
                .toList();
    }

    private static List<DmnModelInstance> decisions() {
        return ModelResources.files(ModelResources.MODELS, ".dmn").stream()
                .map(file -> Dmn.readModelFromFile(file.toFile()))
                .toList();
    }

    private static Set<String> idsOf(Collection<String> ids) {
        return new HashSet<>(ids);
    }
}
