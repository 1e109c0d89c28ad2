package org.gflow.engine.absence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Sends work meant for an absent person to their delegate, in the engine, for every user task of
 * every model: a task assigned to them — by the model ({@code camunda:assignee}, a letter's
 * approver), a handover, a supervisor, any door — goes to the delegate, and a task offered to
 * them by name is offered to the delegate instead. Either way the task is marked "on behalf of"
 * them ({@link OnBehalfRecords}).
 *
 * <p>Decided when the task is assigned or offered, so an absence ends by itself: tasks already
 * sent to the delegate stay with the delegate, new ones go to the person again. A person who
 * takes a task themselves while marked away keeps it (they are evidently at work). One hop only:
 * a delegate who is away too is not passed over, the task stays with the person named.
 */
@Component
class AbsenceDelegation extends AbstractProcessEnginePlugin {

    private final Absences absences;
    private final OnBehalfRecords records;

    AbsenceDelegation(Absences absences, OnBehalfRecords records) {
        this.absences = absences;
        this.records = records;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : configuration.getCustomPostBPMNParseListeners();
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, offered());
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned());
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** A new task offered to people by name: each one away is replaced by their delegate. */
    private TaskListener offered() {
        return task -> {
            for (IdentityLink link : List.copyOf(task.getCandidates())) {
                String userId = link.getUserId();
                Optional<String> delegate = delegateFor(userId);
                if (delegate.isPresent()) {
                    records.record(task.getId(), task.getProcessInstanceId(), delegate.get(), userId, now());
                    task.deleteCandidateUser(userId);
                    task.addCandidateUser(delegate.get());
                }
            }
        };
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

    private static boolean takenByThemselves(String assignee) {
        Authentication acting = Context.getCommandContext() == null
                ? null
                : Context.getCommandContext().getAuthentication();
        return acting != null && assignee.equals(acting.getUserId());
    }

    private static java.time.Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
