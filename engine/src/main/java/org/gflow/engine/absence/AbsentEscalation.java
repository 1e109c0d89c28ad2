package org.gflow.engine.absence;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityStartBehavior;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Component;

/**
 * An escalation step does not wait for a person who is away, nor for their delegate: a step of a
 * ladder the model gives to an absent person — its assignee or candidate users, or a later
 * handover — goes to that person's nearest manager in the directory who is present (walking up
 * past absent ones), and to the model's group of last resort when no one up the chain is present.
 * The step is recorded as having passed over the absent person ({@link PassedOverRecords}).
 *
 * <p>A step that reaches the group of last resort is at the top of its ladder: no one up the chain
 * is present, so its timers that would climb further (interrupting timer events on the step) are
 * stopped. Otherwise the hotline's Office, holding the head's step for an absent head, would be
 * handed the same follow-up again as its own step two days later.
 *
 * <p>A model marks such a step with the property {@value #PROPERTY}, whose value is the group of
 * last resort (the hotline's Office). Decided when the task is created or assigned, like {@link
 * AbsenceDelegation}: a person back at work gets the next step again; one who takes a step
 * themselves keeps it.
 */
@Component
class AbsentEscalation {

    /** The model's mark of an escalation step; its value is the group of last resort. */
    static final String PROPERTY = "gflow.absent.escalate-to";

    private final Absences absences;
    private final PassedOverRecords records;

    AbsentEscalation(Absences absences, PassedOverRecords records) {
        this.absences = absences;
        this.records = records;
    }

    /** Makes this step pass over absent people, up the manager chain, then to {@code lastResort}. */
    void passOverAbsent(TaskDefinition definition, String lastResort) {
        StandIns named = StandIns.install(definition, this::takerFor);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> created(task, named, lastResort));
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, task -> assigned(task, lastResort));
    }

    /** Who takes a step meant for this person: they themselves, or their nearest present manager, or no one (null). */
    private String takerFor(String userId) {
        if (userId == null || userId.isBlank() || !passedOver(userId)) {
            return userId;
        }
        return absences.presentManagerOf(userId).orElse(null);
    }

    private boolean passedOver(String userId) {
        return !AbsenceDelegation.takenByThemselves(userId) && absences.isAbsent(userId);
    }

    /** Records whom a new step passed over; with no one present up the chain, offers it to the last resort. */
    private void created(DelegateTask task, StandIns named, String lastResort) {
        Optional<String> first =
                named.named(task).stream().filter(this::passedOver).findFirst();
        if (first.isEmpty()) {
            return;
        }
        String taker = takerFor(first.get());
        records.record(task.getId(), task.getProcessInstanceId(), first.get(), taker, AbsenceDelegation.now());
        if (task.getAssignee() == null && taker == null) {
            toLastResort(task, lastResort);
        }
    }

    /** A step handed to someone who is away: up their manager chain instead, or to the last resort. */
    private void assigned(DelegateTask task, String lastResort) {
        String assignee = task.getAssignee();
        if (assignee == null || !passedOver(assignee)) {
            return;
        }
        String taker = takerFor(assignee);
        records.record(task.getId(), task.getProcessInstanceId(), assignee, taker, AbsenceDelegation.now());
        task.setAssignee(taker);
        if (taker == null) {
            toLastResort(task, lastResort);
        }
    }

    /** Offers the step to the group of last resort, where the ladder ends: nothing climbs from it. */
    private static void toLastResort(DelegateTask task, String lastResort) {
        task.addCandidateGroup(lastResort);
        ExecutionEntity step = (ExecutionEntity) task.getExecution();
        for (JobEntity job : List.copyOf(step.getJobs())) {
            if (job instanceof TimerEntity && climbsFrom(step, job.getActivityId())) {
                job.delete();
            }
        }
    }

    /** Whether this activity is an interrupting event on the step: one that takes the work from it, up the ladder. */
    private static boolean climbsFrom(ExecutionEntity step, String activityId) {
        ActivityImpl event =
                activityId == null ? null : step.getProcessDefinition().findActivity(activityId);
        return event != null
                && event.getEventScope() == step.getActivity()
                && event.getActivityStartBehavior() == ActivityStartBehavior.CANCEL_EVENT_SCOPE;
    }
}
