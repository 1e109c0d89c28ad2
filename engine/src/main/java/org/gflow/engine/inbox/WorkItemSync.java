package org.gflow.engine.inbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.gflow.engine.projections.ChangesAtCommit;
import org.springframework.stereotype.Component;

/**
 * Keeps the work-item projection in step with the engine, in the same transaction as the change.
 * The engine reports every task change — created, assigned, updated, re-offered (identity links),
 * completed, deleted — and every case variable change as history events; this plugin gathers the
 * tasks and cases a command touched and, just before the transaction commits (when the engine
 * has written its own rows), rebuilds their work items once, logs each change for the open
 * inboxes ({@link InboxChangeLog}) and tells the bell ({@link TaskNotices}). A command that fails rolls both back with it.
 */
@Component
class WorkItemSync extends AbstractProcessEnginePlugin {

    private final WorkItemProjection projection;
    private final InboxChangeLog changeLog;
    private final TaskNotices notices;
    private final ChangesAtCommit<ChangedWork> changes =
            new ChangesAtCommit<>(context -> new ChangedWork(ChangesAtCommit.actorOf(context)), this::project);

    WorkItemSync(WorkItemProjection projection, InboxChangeLog changeLog, TaskNotices notices) {
        this.projection = projection;
        this.changeLog = changeLog;
        this.notices = notices;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ChangesAtCommit.listen(configuration, this::gather);
    }

    private void gather(HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity task) {
            changes.current().taskIds().add(task.getTaskId());
        } else if (event instanceof HistoricIdentityLinkLogEventEntity link && link.getTaskId() != null) {
            changes.current().taskIds().add(link.getTaskId());
        } else if (event instanceof HistoricVariableUpdateEventEntity variable
                && variable.getProcessInstanceId() != null
                && variable.getTaskId() == null
                && CaseFacts.ALL.contains(variable.getVariableName())) {
            changes.current().caseIds().add(variable.getProcessInstanceId());
        }
    }

    /** Rebuilds the changed work items and logs each change for the open inboxes, in this transaction. */
    private void project(ChangedWork changed) {
        Set<String> taskIds = new LinkedHashSet<>(changed.taskIds());
        taskIds.addAll(projection.openTasksOf(changed.caseIds()));
        Map<String, String> cases = new HashMap<>();
        Map<String, Audience> before = projection.audiences(taskIds, cases);
        Map<String, Audience> after = projection.refresh(taskIds, cases);
        changeLog.record(taskIds, before, after, cases, Instant.now());
        notices.tell(taskIds, before, after, changed.actorId());
    }

    /**
     * The tasks and cases one command changed, so that each work item is rebuilt once, and who the
     * command runs for (null for the engine's own work).
     */
    private record ChangedWork(Set<String> taskIds, Set<String> caseIds, String actorId) {
        ChangedWork(String actorId) {
            this(new LinkedHashSet<>(), new LinkedHashSet<>(), actorId);
        }
    }
}
