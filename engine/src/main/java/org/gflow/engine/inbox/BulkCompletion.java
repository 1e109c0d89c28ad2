package org.gflow.engine.inbox;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Which user tasks may be completed many at once with one answer. The model decides, per task:
 * {@code <camunda:property name="gflow.bulk-complete" value="true"/>} — for work whose answer is the
 * same for every case, such as a registry acknowledging incoming letters. Read from the deployed
 * model (Camunda keeps it cached), never from the client.
 */
@Component
class BulkCompletion {

    static final String PROPERTY = "gflow.bulk-complete";

    /** A task of a model that may be completed in bulk. */
    record Completable(String processKey, String taskKey) {}

    private final RepositoryService repositoryService;

    BulkCompletion(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** Whether the task {@code taskKey} of this model version may be completed in bulk. */
    boolean allowed(String processDefinitionId, String taskKey) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
        return model.getModelElementById(taskKey) instanceof UserTask task && flagged(task);
    }

    /** The tasks of the latest model versions that may be completed in bulk, for the inbox to offer it. */
    List<Completable> completable() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .flatMap(definition ->
                        repositoryService
                                .getBpmnModelInstance(definition.getId())
                                .getModelElementsByType(UserTask.class)
                                .stream()
                                .filter(BulkCompletion::flagged)
                                .map(task -> new Completable(key(definition), task.getId())))
                .distinct()
                .sorted(Comparator.comparing(Completable::processKey).thenComparing(Completable::taskKey))
                .toList();
    }

    private static String key(ProcessDefinition definition) {
        return definition.getKey();
    }

    private static boolean flagged(UserTask task) {
        return ElementProperties.valueOf(task, PROPERTY).filter("true"::equals).isPresent();
    }
}
