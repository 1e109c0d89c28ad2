package org.gflow.engine.mycases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.gflow.engine.inbox.CaseFacts;
import org.springframework.stereotype.Component;

/**
 * Keeps "My cases" in step with the engine, in the same transaction as the change. The engine
 * reports a case started or ended, a task created, claimed, handed over or completed, and a case
 * variable changed as history events; this plugin gathers what one command did and, just before
 * the transaction commits (when the engine has written its own rows), rebuilds the touched cases'
 * summaries once, records who started or worked on them, and tells the followers of a case that
 * was answered or closed ({@link FollowerNotices}).
 */
@Component
class CaseParticipation extends AbstractProcessEnginePlugin {

    /** A case variable a process sets to true when the case's answer goes out (the hotline's). */
    static final String ANSWER_PUBLISHED = "answerPublished";

    private final CaseRecords records;
    private final FollowerNotices followerNotices;

    CaseParticipation(CaseRecords records, FollowerNotices followerNotices) {
        this.records = records;
        this.followerNotices = followerNotices;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        sessions.add(new CaseMovesFactory());
        configuration.setCustomSessionFactories(sessions);

        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        // a handler of its own, not this bean: the engine's starter expects one handler bean only
        handlers.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                gather(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(CaseParticipation.this::gather);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private void gather(HistoryEvent event) {
        if (event.getProcessInstanceId() == null) {
            return;
        }
        String caseId = event.getProcessInstanceId();
        if (event instanceof HistoricProcessInstanceEventEntity instance) {
            CaseMoves moves = moves();
            moves.caseIds.add(caseId);
            if (HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(instance.getEventType())
                    && instance.getStartUserId() != null) {
                moves.marks.add(new Mark(caseId, instance.getStartUserId(), Participation.STARTED));
            } else if (HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(instance.getEventType())) {
                moves.closed.add(caseId);
            }
        } else if (event instanceof HistoricTaskInstanceEventEntity task) {
            CaseMoves moves = moves();
            moves.caseIds.add(caseId);
            if (task.getAssignee() != null) {
                moves.marks.add(new Mark(caseId, task.getAssignee(), Participation.WORKED));
            }
            if (HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName().equals(task.getEventType())
                    && moves.actorId != null) {
                moves.marks.add(new Mark(caseId, moves.actorId, Participation.WORKED));
            }
        } else if (event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() == null) {
            if (CaseFacts.ALL.contains(variable.getVariableName())) {
                moves().caseIds.add(caseId);
            } else if (ANSWER_PUBLISHED.equals(variable.getVariableName())
                    && Long.valueOf(1).equals(variable.getLongValue())) {
                CaseMoves moves = moves();
                moves.caseIds.add(caseId);
                moves.answered.add(caseId);
            }
        }
    }

    private void record(CaseMoves moves) {
        records.refresh(moves.caseIds, Timestamp.from(Instant.now()));
        moves.marks.forEach(mark -> records.mark(mark.caseId(), mark.userId(), mark.participation()));
        followerNotices.tell(moves.answered, moves.closed);
    }

    private CaseMoves moves() {
        CommandContext context = Context.getCommandContext();
        CaseMoves moves = context.getSession(CaseMoves.class);
        if (!moves.registered) {
            moves.registered = true;
            // read now: a transaction Spring commits is committed after the command has ended
            var authentication = context.getAuthentication();
            moves.actorId = authentication == null ? null : authentication.getUserId();
            context.getTransactionContext()
                    .addTransactionListener(TransactionState.COMMITTING, committing -> record(moves));
        }
        return moves;
    }

    private record Mark(String caseId, String userId, Participation participation) {}

    /** What one command did to cases, so that each case is rebuilt once. */
    static final class CaseMoves implements Session {
        private final Set<String> caseIds = new LinkedHashSet<>();
        private final Set<Mark> marks = new LinkedHashSet<>();
        private final Set<String> answered = new LinkedHashSet<>();
        private final Set<String> closed = new LinkedHashSet<>();
        private boolean registered;
        private String actorId;

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** Gives every command its own {@link CaseMoves}. */
    static final class CaseMovesFactory implements SessionFactory {
        @Override
        public Class<?> getSessionType() {
            return CaseMoves.class;
        }

        @Override
        public Session openSession() {
            return new CaseMoves();
        }
    }
}
