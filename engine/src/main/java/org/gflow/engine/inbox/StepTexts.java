package org.gflow.engine.inbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Component;

/**
 * What a step of a case said, for its timeline: the model names the variable that holds it
 * ({@code <camunda:property name="gflow.timeline-text" value="answerText"/>} — the answer a
 * publication sent out, the reason a citizen gave for reopening), and the step shows the value
 * that variable had when the step ended. So a case that went round twice shows both answers and
 * the reason between them, each where it happened.
 */
@Component
class StepTexts {

    static final String PROPERTY = "gflow.timeline-text";

    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final CheckedAccess checked;

    StepTexts(RepositoryService repositoryService, HistoryService historyService, CheckedAccess checked) {
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.checked = checked;
    }

    /**
     * The text of each ended step that has one, by activity instance. The caller has checked that
     * the reader may open the case.
     */
    Map<String, String> of(String processDefinitionId, String processInstanceId, List<HistoricActivityInstance> steps) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
        Map<String, String> variableOf = new HashMap<>();
        for (HistoricActivityInstance step : steps) {
            if (step.getEndTime() != null
                    && model.getModelElementById(step.getActivityId()) instanceof BaseElement element) {
                ElementProperties.valueOf(element, PROPERTY).ifPresent(name -> variableOf.put(step.getId(), name));
            }
        }
        if (variableOf.isEmpty()) {
            return Map.of();
        }
        Map<String, List<HistoricVariableUpdate>> updates = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (HistoricActivityInstance step : steps) {
            String name = variableOf.get(step.getId());
            if (name != null) {
                List<HistoricVariableUpdate> values =
                        updates.computeIfAbsent(name, variable -> updatesOf(processInstanceId, variable));
                String text = valueAt(values, step.getEndTime());
                if (text != null && !text.isBlank()) {
                    texts.put(step.getId(), text.strip());
                }
            }
        }
        return texts;
    }

    /** Every value the variable took in the case, oldest first. */
    private List<HistoricVariableUpdate> updatesOf(String processInstanceId, String name) {
        List<HistoricDetail> details = checked.afterOwnCheck(() -> historyService
                .createHistoricDetailQuery()
                .processInstanceId(processInstanceId)
                .variableUpdates()
                .variableNameLike(name)
                .disableBinaryFetching()
                .disableCustomObjectDeserialization()
                .list());
        List<HistoricVariableUpdate> updates = new ArrayList<>();
        for (HistoricDetail detail : details) {
            if (detail instanceof HistoricVariableUpdate update && name.equals(update.getVariableName())) {
                updates.add(update);
            }
        }
        updates.sort(Comparator.comparing((HistoricVariableUpdate update) -> update.getTime())
                .thenComparingInt(HistoricVariableUpdate::getRevision));
        return updates;
    }

    /** The value last given at or before that moment. */
    private static String valueAt(List<HistoricVariableUpdate> updates, Date moment) {
        String value = null;
        for (HistoricVariableUpdate update : updates) {
            if (update.getTime().after(moment)) {
                break;
            }
            value = Objects.toString(update.getValue(), null);
        }
        return value;
    }
}
