package org.gflow.engine.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.gflow.engine.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The inbox task list: one authorized task query for the page, then one query each for the
 * cases' title and number variables, the process names and the assignees' names — a fixed
 * number of queries whatever the page size.
 */
@Component
class TaskList {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final UserNames userNames;
    private final Clock clock;
    private final Timer queryTime;

    TaskList(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
             UserNames userNames, MeterRegistry meters) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.userNames = userNames;
        this.clock = Clock.systemUTC();
        this.queryTime = Timer.builder("gflow.inbox.query")
            .description("The inbox's authorized task query (page and count)")
            .register(meters);
    }

    TaskSummary.Page page(TaskListRequest request, CurrentUser user) {
        Instant now = clock.instant();
        int first = request.page() * request.size();
        Timer.Sample query = Timer.start();
        List<Task> tasks = request.applyTo(taskService.createTaskQuery(), user, now).listPage(first, request.size());
        long total = tasks.isEmpty() || tasks.size() == request.size()
            ? request.applyTo(taskService.createTaskQuery(), user, now).count()
            : first + tasks.size(); // a page not full is the last one: no second pass over the tasks to count
        query.stop(queryTime);
        return new TaskSummary.Page(summaries(tasks), total, request.page(), request.size(), Date.from(now));
    }

    /** How many tasks the user may see arrived after {@code since}: the web app's cheap poll. */
    long arrivedSince(Date since) {
        return taskService.createTaskQuery().taskCreatedAfter(since).count();
    }

    Date now() {
        return Date.from(clock.instant());
    }

    private List<TaskSummary> summaries(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> facts = caseVariables(tasks);
        Map<String, ProcessDefinition> definitions = definitions(tasks);
        Map<String, String> names = userNames.of(tasks.stream().map(Task::getAssignee).filter(Objects::nonNull).distinct().toList());
        return tasks.stream().map(task -> {
            Map<String, Object> variables = facts.getOrDefault(task.getProcessInstanceId(), Map.of());
            ProcessDefinition definition = definitions.get(task.getProcessDefinitionId());
            return new TaskSummary(task.getId(), task.getName(),
                definition == null ? null : definition.getKey(),
                definition == null ? null : definition.getName(),
                task.getProcessInstanceId(), CaseFacts.title(variables), CaseFacts.number(variables),
                task.getAssignee(), names.get(task.getAssignee()), task.getCreateTime(), task.getDueDate());
        }).toList();
    }

    private Map<String, Map<String, Object>> caseVariables(List<Task> tasks) {
        String[] instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct()
            .toArray(String[]::new);
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        if (instanceIds.length == 0) {
            return byInstance;
        }
        List<VariableInstance> variables = runtimeService.createVariableInstanceQuery()
            .processInstanceIdIn(instanceIds)
            .variableNameIn(CaseFacts.ALL.toArray(String[]::new))
            .disableBinaryFetching()
            .disableCustomObjectDeserialization()
            .list();
        for (VariableInstance variable : variables) {
            // Case-level variables only: a task-local variable of the same name is not the case's.
            if (Objects.equals(variable.getExecutionId(), variable.getProcessInstanceId()) && variable.getValue() != null) {
                byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                    .put(variable.getName(), variable.getValue());
            }
        }
        return byInstance;
    }

    private Map<String, ProcessDefinition> definitions(List<Task> tasks) {
        String[] ids = tasks.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull).distinct()
            .toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(ids).list().stream()
            .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
    }
}
