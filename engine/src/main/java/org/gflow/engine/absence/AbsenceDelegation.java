package org.gflow.engine.absence;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gflow.engine.cases.ModelProperties;
import org.gflow.engine.deployment.ParseListeners;
import org.springframework.stereotype.Component;

/**
 * Sends work meant for an absent person to their delegate, in the engine, for every user task of
 * every model: a task assigned to them — by the model ({@code camunda:assignee}, a letter's
 * approver), a handover, a supervisor, any door — goes to the delegate, and a task offered to
 * them by name is offered to the delegate instead. Either way the task is marked "on behalf of"
 * them ({@link OnBehalfRecords}). Whom the model names is decided before the task exists
 * ({@link StandInExpression}), so a new task is created with the delegate; a later assignment
 * (a handover, a supervisor's reassignment) is redirected as it happens.
 *
 * <p>Decided when the task is assigned or offered, so an absence ends by itself: tasks already
 * sent to the delegate stay with the delegate, new ones go to the person again. A person who
 * takes a task themselves while marked away keeps it (they are evidently at work). One hop only:
 * a delegate who is away too is not passed over, the task stays with the person named.
 *
 * <p>A step of an escalation ladder does not wait for a delegate: it goes up the absent person's
 * manager chain instead ({@link AbsentEscalation}).
 */
@Component
class AbsenceDelegation extends AbstractProcessEnginePlugin {

    private final Absences absences;
    private final OnBehalfRecords records;
    private final AbsentEscalation escalation;

    AbsenceDelegation(Absences absences, OnBehalfRecords records, AbsentEscalation escalation) {
        this.absences = absences;
        this.records = records;
        this.escalation = escalation;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterEngine(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    String lastResort = ModelProperties.valueOf(userTask, AbsentEscalation.PROPERTY);
                    if (lastResort == null) {
                        standInFor(behavior.getTaskDefinition());
                    } else {
                        escalation.passOverAbsent(behavior.getTaskDefinition(), lastResort);
                    }
                }
            }
        });
    }

    /**
     * Whom the model names (assignee, candidate users) is decided with absences in mind before the
     * task exists; the new task is then marked for whom its delegate holds it, and later
     * assignments (handovers) are checked as they happen.
     */
    private void standInFor(TaskDefinition definition) {
        StandIns named = StandIns.install(definition, this::standIn);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> mark(task, named));
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned());
    }

    /** The person to give work to in place of this one: their delegate while they are away. */
    private String standIn(String userId) {
        if (userId == null || userId.isBlank() || takenByThemselves(userId)) {
            return userId;
        }
        return delegateFor(userId).orElse(userId);
    }

    /** Marks a new task held by a delegate: for whom the model meant it. */
    private void mark(DelegateTask task, StandIns named) {
        for (String person : named.named(task)) {
            String standIn = standIn(person);
            if (!standIn.equals(person)) {
                records.record(task.getId(), task.getProcessInstanceId(), standIn, person, now());
                return; // one mark a task: the first person the model names
            }
        }
    }

    /** A task given to someone: to their delegate instead while they are away. */
    private TaskListener assigned() {
        return task -> {
            String assignee = task.getAssignee();
            if (assignee == null) {
                return; // given back: the mark stays until someone else takes it
            }
            Optional<String> delegate = takenByThemselves(assignee) ? Optional.empty() : delegateFor(assignee);
            if (delegate.isPresent()) {
                records.record(task.getId(), task.getProcessInstanceId(), delegate.get(), assignee, now());
                task.setAssignee(delegate.get());
            } else if (records.of(task.getId())
                    .filter(mark -> !mark.delegateId().equals(assignee))
                    .isPresent()) {
                records.forget(task.getId()); // moved on from the delegate: no longer on anyone's behalf
            }
        };
    }

    private Optional<String> delegateFor(String userId) {
        return absences.delegateOf(userId)
                .filter(delegate -> !delegate.equals(userId))
                .filter(delegate -> !absences.isAbsent(delegate));
    }

    static boolean takenByThemselves(String assignee) {
        Authentication acting = Context.getCommandContext() == null
                ? null
                : Context.getCommandContext().getAuthentication();
        return acting != null && assignee.equals(acting.getUserId());
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
