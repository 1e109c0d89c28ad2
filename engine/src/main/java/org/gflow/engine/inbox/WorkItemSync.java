package org.gflow.engine.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
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
class WorkItemSync extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    private final WorkItemProjection projection;
    private final InboxChangeLog changeLog;
    private final TaskNotices notices;

    WorkItemSync(WorkItemProjection projection, InboxChangeLog changeLog, TaskNotices notices) {
        this.projection = projection;
        this.changeLog = changeLog;
        this.notices = notices;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        sessions.add(new ChangedWorkFactory());
        configuration.setCustomSessionFactories(sessions);

        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(this);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity task) {
            changed().taskIds.add(task.getTaskId());
        } else if (event instanceof HistoricIdentityLinkLogEventEntity link && link.getTaskId() != null) {
            changed().taskIds.add(link.getTaskId());
        } else if (event instanceof HistoricVariableUpdateEventEntity variable
                && variable.getProcessInstanceId() != null
                && variable.getTaskId() == null
                && CaseFacts.ALL.contains(variable.getVariableName())) {
            changed().caseIds.add(variable.getProcessInstanceId());
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    /** Rebuilds the changed work items and logs each change for the open inboxes, in this transaction. */
    private void project(ChangedWork changed) {
        Set<String> taskIds = new LinkedHashSet<>(changed.taskIds);
        taskIds.addAll(projection.openTasksOf(changed.caseIds));
        Map<String, String> cases = new HashMap<>();
        Map<String, Audience> before = projection.audiences(taskIds, cases);
        Map<String, Audience> after = projection.refresh(taskIds, cases);
        changeLog.record(taskIds, before, after, cases, Instant.now());
        notices.tell(taskIds, before, after, changed.actorId);
    }

    private ChangedWork changed() {
        CommandContext context = Context.getCommandContext();
        ChangedWork changed = context.getSession(ChangedWork.class);
        if (!changed.registered) {
            changed.registered = true;
            // read now: a transaction Spring commits is committed after the command has ended
            var authentication = context.getAuthentication();
            changed.actorId = authentication == null ? null : authentication.getUserId();
            context.getTransactionContext()
                    .addTransactionListener(TransactionState.COMMITTING, committing -> project(changed));
        }
        return changed;
    }

    /** The tasks and cases one command changed, so that each work item is rebuilt once. */
    static final class ChangedWork implements Session {
        private final Set<String> taskIds = new LinkedHashSet<>();
        private final Set<String> caseIds = new LinkedHashSet<>();
        private boolean registered;
        /** Who the command runs for; null for the engine's own work (a timer, a job). */
        private String actorId;

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** Gives every command its own {@link ChangedWork}. */
    static final class ChangedWorkFactory implements SessionFactory {
        @Override
        public Class<?> getSessionType() {
            return ChangedWork.class;
        }

        @Override
        public Session openSession() {
            return new ChangedWork();
        }
    }
}
