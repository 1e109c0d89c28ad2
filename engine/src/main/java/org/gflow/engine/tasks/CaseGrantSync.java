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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a case's grants in step with its open tasks. Whenever a task of a case is created,
 * completed, cancelled, handed over or re-offered (seen as the task's history events), the case
 * is brought in line right after the change commits ({@link SyncCaseGrantsCmd}): whoever no
 * longer holds an open task in it loses what they were granted for it. Running after the commit,
 * in a transaction of its own, it sees the case as every other transaction will.
 */
final class CaseGrantSync implements HistoryEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CaseGrantSync.class);

    private final ProcessEngineConfigurationImpl configuration;

    CaseGrantSync(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    /** The cases a command changed, gathered so that each is brought in line once. */
    static final class ChangedCases implements Session {
        private final Set<String> caseIds = new LinkedHashSet<>();

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
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
            context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> bringInLine(List.copyOf(changed.caseIds)));
        }
        changed.caseIds.add(caseId);
    }

    private void bringInLine(List<String> caseIds) {
        for (String caseId : caseIds) {
            try {
                configuration.getCommandExecutorTxRequiresNew().execute(new SyncCaseGrantsCmd(caseId));
            } catch (RuntimeException e) {
                // a concurrent change of the same case syncs it again when it commits
                LOG.warn("Could not bring the grants of case {} in line now: {}", caseId, e.getMessage());
            }
        }
    }
}
