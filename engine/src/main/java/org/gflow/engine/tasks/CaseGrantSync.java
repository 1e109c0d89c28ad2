package org.gflow.engine.tasks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

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
final class CaseGrantSync implements HistoryEventHandler {

    private final ProcessEngineConfigurationImpl configuration;

    CaseGrantSync(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    /** The cases a command changed, gathered so that each is brought in line once. */
    static final class ChangedCases implements Session {
        private final Set<String> caseIds = new LinkedHashSet<>();

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** Gives every command its own {@link ChangedCases}. */
    static final class ChangedCasesFactory implements SessionFactory {
        @Override
        public Class<?> getSessionType() {
            return ChangedCases.class;
        }

        @Override
        public Session openSession() {
            return new ChangedCases();
        }
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        String caseId = null;
        if (event instanceof HistoricTaskInstanceEventEntity task) {
            caseId = task.getProcessInstanceId();
        } else if (event instanceof HistoricIdentityLinkLogEventEntity link && link.getTaskId() != null) {
            TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(link.getTaskId());
            caseId = task == null ? null : task.getProcessInstanceId();
        }
        if (caseId != null) {
            changed(Context.getCommandContext(), caseId);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private void changed(CommandContext context, String caseId) {
        ChangedCases changed = context.getSession(ChangedCases.class);
        if (changed.caseIds.isEmpty()) {
            context.getTransactionContext()
                    .addTransactionListener(
                            TransactionState.COMMITTING, committing -> bringInLine(List.copyOf(changed.caseIds)));
        }
        changed.caseIds.add(caseId);
    }

    private void bringInLine(List<String> caseIds) {
        for (String caseId : caseIds) {
            configuration.getCommandExecutorTxRequired().execute(new SyncCaseGrantsCmd(caseId));
        }
    }
}
