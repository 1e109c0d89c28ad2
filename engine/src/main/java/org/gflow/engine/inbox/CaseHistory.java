package org.gflow.engine.inbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Comment;
import org.gflow.engine.absence.OnBehalf;
import org.gflow.engine.absence.OnBehalfRecords;
import org.gflow.engine.absence.PassedOver;
import org.gflow.engine.absence.PassedOverRecords;
import org.gflow.engine.cases.RatingComments;
import org.gflow.processes.eoffice.SignoffTrailListener;
import org.springframework.stereotype.Component;

/** A case's summary and its timeline: steps taken, who took them, and the comments between. */
@Component
class CaseHistory {

    /** Steps worth telling a civil servant about; gateways and flows are the model's plumbing. */
    private static final Set<String> TOLD = Set.of(
            "startEvent",
            "noneEndEvent",
            "endEvent",
            "userTask",
            "serviceTask",
            "externalTask",
            "intermediateTimer",
            "boundaryTimer",
            "boundaryError",
            "boundaryEscalation",
            "intermediateMessageCatch",
            "sendTask",
            "callActivity",
            "subProcess",
            "businessRuleTask");

    private final CaseAccess access;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final UserNames userNames;
    private final CheckedAccess checked;
    private final OnBehalfRecords onBehalf;
    private final PassedOverRecords passedOverRecords;
    private final StepTexts stepTexts;

    CaseHistory(
            CaseAccess access,
            HistoryService historyService,
            RuntimeService runtimeService,
            RepositoryService repositoryService,
            TaskService taskService,
            UserNames userNames,
            CheckedAccess checked,
            OnBehalfRecords onBehalf,
            PassedOverRecords passedOverRecords,
            StepTexts stepTexts) {
        this.checked = checked;
        this.passedOverRecords = passedOverRecords;
        this.stepTexts = stepTexts;
        this.onBehalf = onBehalf;
        this.access = access;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.userNames = userNames;
    }

    CaseView summary(String processInstanceId) {
        HistoricProcessInstance instance = access.open(processInstanceId);
        ProcessDefinition definition = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionId(instance.getProcessDefinitionId())
                .singleResult();
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance variable : historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableNameIn(CaseFacts.ALL.toArray(String[]::new))
                .disableBinaryFetching()
                .disableCustomObjectDeserialization()
                .list()) {
            if (variable.getValue() != null && Objects.equals(variable.getExecutionId(), processInstanceId)) {
                variables.put(variable.getName(), variable.getValue());
            }
        }
        boolean ended = instance.getEndTime() != null;
        return new CaseView(
                processInstanceId,
                instance.getProcessDefinitionId(),
                instance.getProcessDefinitionKey(),
                definition == null ? null : definition.getName(),
                CaseFacts.title(variables),
                CaseFacts.number(variables),
                ended ? List.of() : activeActivities(processInstanceId),
                ended);
    }

    List<CaseView.Entry> timeline(String processInstanceId) {
        HistoricProcessInstance instance = access.open(processInstanceId);
        List<HistoricActivityInstance> activities = historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .filter(activity -> TOLD.contains(activity.getActivityType()))
                .toList();
        List<Comment> comments = comments(processInstanceId, activities);
        Map<String, String> texts = stepTexts.of(instance.getProcessDefinitionId(), processInstanceId, activities);
        Map<String, String> completedBy = completedBy(processInstanceId);
        List<String> taskIds = activities.stream()
                .map(HistoricActivityInstance::getTaskId)
                .filter(Objects::nonNull)
                .toList();
        Map<String, OnBehalf> delegated = onBehalf.of(taskIds);
        Map<String, PassedOver> passedOverFor = passedOverRecords.of(taskIds);
        Map<String, String> names = userNames.of(Stream.of(
                        activities.stream().map(HistoricActivityInstance::getAssignee),
                        comments.stream().map(Comment::getUserId),
                        completedBy.values().stream(),
                        delegated.values().stream().map(OnBehalf::onBehalfOf),
                        passedOverFor.values().stream().map(PassedOver::passedOver),
                        Stream.of(instance.getStartUserId()))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .distinct()
                .toList());

        List<CaseView.Entry> entries = new ArrayList<>();
        for (HistoricActivityInstance activity : activities) {
            boolean start = "startEvent".equals(activity.getActivityType());
            String userId = start
                    ? instance.getStartUserId()
                    : completedBy.getOrDefault(String.valueOf(activity.getTaskId()), activity.getAssignee());
            String kind = start ? "started" : activity.getEndTime() == null ? "waiting" : "completed";
            // on someone's behalf only while the delegate holds or took the step
            String onBehalfOf = Optional.ofNullable(delegated.get(activity.getTaskId()))
                    .filter(mark -> mark.delegateId().equals(userId))
                    .map(OnBehalf::onBehalfOf)
                    .orElse(null);
            String passedOver = Optional.ofNullable(passedOverFor.get(activity.getTaskId()))
                    .map(PassedOver::passedOver)
                    .orElse(null);
            entries.add(new CaseView.Entry(
                    activity.getEndTime() == null ? activity.getStartTime() : activity.getEndTime(),
                    kind,
                    activity.getActivityName(),
                    activity.getActivityId(),
                    userId,
                    names.get(userId),
                    texts.get(activity.getId()),
                    null,
                    onBehalfOf,
                    onBehalfOf == null ? null : names.get(onBehalfOf),
                    passedOver,
                    passedOver == null ? null : names.get(passedOver)));
        }
        for (Comment comment : comments) {
            Optional<SignoffTrailListener.RecordedDecision> decision =
                    SignoffTrailListener.decisionOf(comment.getFullMessage());
            Optional<RatingComments.Rating> rating = RatingComments.read(comment.getFullMessage());
            if (rating.isPresent()) {
                entries.add(new CaseView.Entry(
                        comment.getTime(),
                        "rating",
                        null,
                        null,
                        null,
                        null,
                        rating.get().comment(),
                        rating.get().stars(),
                        null,
                        null,
                        null,
                        null));
                continue;
            }
            entries.add(
                    decision.isPresent()
                            ? new CaseView.Entry(
                                    comment.getTime(),
                                    "decision",
                                    null,
                                    null,
                                    comment.getUserId(),
                                    names.get(comment.getUserId()),
                                    decision.get().comment(),
                                    decision.get().decision(),
                                    null,
                                    null,
                                    null,
                                    null)
                            : new CaseView.Entry(
                                    comment.getTime(),
                                    "comment",
                                    null,
                                    null,
                                    comment.getUserId(),
                                    names.get(comment.getUserId()),
                                    comment.getFullMessage(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null));
        }
        entries.sort(Comparator.comparing(CaseView.Entry::time, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    /**
     * Who completed each task of the case (a task can be completed without being claimed), from
     * Camunda's operation log. The caller may open the case, which is what this tells about.
     */
    private Map<String, String> completedBy(String processInstanceId) {
        Map<String, String> byTask = new HashMap<>();
        checked
                .afterOwnCheck(() -> historyService
                        .createUserOperationLogQuery()
                        .processInstanceId(processInstanceId)
                        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                        .list())
                .stream()
                .filter(entry -> entry.getTaskId() != null && entry.getUserId() != null)
                .forEach(entry -> byTask.putIfAbsent(entry.getTaskId(), entry.getUserId()));
        return byTask;
    }

    /** Comments made on the case's tasks and on the case itself, each once. */
    private List<Comment> comments(String processInstanceId, List<HistoricActivityInstance> activities) {
        Map<String, Comment> byId = new java.util.LinkedHashMap<>();
        taskService.getProcessInstanceComments(processInstanceId).forEach(c -> byId.put(c.getId(), c));
        activities.stream()
                .map(HistoricActivityInstance::getTaskId)
                .filter(Objects::nonNull)
                .distinct()
                .flatMap(taskId -> taskService.getTaskComments(taskId).stream())
                .forEach(c -> byId.putIfAbsent(c.getId(), c));
        return List.copyOf(byId.values());
    }

    private List<String> activeActivities(String processInstanceId) {
        // Tolerant of a case that ended between the two queries.
        return runtimeService
                                .createProcessInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .count()
                        == 0
                ? List.of()
                : runtimeService.getActiveActivityIds(processInstanceId);
    }
}
