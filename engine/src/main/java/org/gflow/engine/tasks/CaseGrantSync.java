package org.gflow.engine.tasks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.gflow.engine.projections.ChangesAtCommit;

/**
 * Keeps a case's grants in step with its open tasks. Whenever a task of a case is created,
 * completed, cancelled, handed over or re-offered (seen as the task's history events), the case
 * is brought in line as the change commits ({@link SyncCaseGrantsCmd}), in the same transaction:
 * whoever no longer holds an open task in it loses what they were granted for it, and the answer
 * the user gets already holds. The same transaction, not one of its own after the commit: a second
 * transaction would need a second database connection while the first is still held, and under a
 * ministry's load every request waiting for its second connection starves the pool. A sync that
 * meets a concurrent change of the same case fails the change, which the engine runs again.
 */
final class CaseGrantSync {

    private final ProcessEngineConfigurationImpl configuration;
    /** The cases a command changed, gathered so that each is brought in line once. */
    private final ChangesAtCommit<Set<String>> changedCases =
            new ChangesAtCommit<>(context -> new LinkedHashSet<>(), this::bringInLine);

    private CaseGrantSync(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    /** Has the engine configured here bring each changed case's grants in line as it commits. */
    static void install(ProcessEngineConfigurationImpl configuration) {
        ChangesAtCommit.listen(configuration, new CaseGrantSync(configuration)::gather);
    }

    private void gather(HistoryEvent event) {
        String caseId = null;
        if (event instanceof HistoricTaskInstanceEventEntity task) {
            caseId = task.getProcessInstanceId();
        } else if (event instanceof HistoricIdentityLinkLogEventEntity link && link.getTaskId() != null) {
            TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(link.getTaskId());
            caseId = task == null ? null : task.getProcessInstanceId();
        }
        if (caseId != null) {
            changedCases.current().add(caseId);
        }
    }

    private void bringInLine(Set<String> caseIds) {
        for (String caseId : List.copyOf(caseIds)) { // a copy: the sync runs engine commands of its own
            configuration.getCommandExecutorTxRequired().execute(new SyncCaseGrantsCmd(caseId));
        }
    }
}
