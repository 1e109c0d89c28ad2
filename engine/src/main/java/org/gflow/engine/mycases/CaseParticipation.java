package org.gflow.engine.mycases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.gflow.engine.inbox.CaseFacts;
import org.gflow.engine.projections.ChangesAtCommit;
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
    private final ChangesAtCommit<CaseMoves> changes =
            new ChangesAtCommit<>(context -> new CaseMoves(ChangesAtCommit.actorOf(context)), this::record);

    CaseParticipation(CaseRecords records, FollowerNotices followerNotices) {
        this.records = records;
        this.followerNotices = followerNotices;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ChangesAtCommit.listen(configuration, this::gather);
    }

    private void gather(HistoryEvent event) {
        if (event.getProcessInstanceId() == null) {
            return;
        }
        String caseId = event.getProcessInstanceId();
        if (event instanceof HistoricProcessInstanceEventEntity instance) {
            CaseMoves moves = changes.current();
            moves.caseIds().add(caseId);
            if (HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(instance.getEventType())
                    && instance.getStartUserId() != null) {
                moves.marks().add(new Mark(caseId, instance.getStartUserId(), Participation.STARTED));
            } else if (HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(instance.getEventType())) {
                moves.closed().add(caseId);
            }
        } else if (event instanceof HistoricTaskInstanceEventEntity task) {
            CaseMoves moves = changes.current();
            moves.caseIds().add(caseId);
            if (task.getAssignee() != null) {
                moves.marks().add(new Mark(caseId, task.getAssignee(), Participation.WORKED));
            }
            if (HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName().equals(task.getEventType())
                    && moves.actorId() != null) {
                moves.marks().add(new Mark(caseId, moves.actorId(), Participation.WORKED));
            }
        } else if (event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() == null) {
            if (CaseFacts.ALL.contains(variable.getVariableName())) {
                changes.current().caseIds().add(caseId);
            } else if (ANSWER_PUBLISHED.equals(variable.getVariableName())) {
                CaseMoves moves = changes.current();
                moves.caseIds().add(caseId);
                // the last value the command set wins; several steps may set it to true again
                moves.answerOut().put(caseId, Long.valueOf(1).equals(variable.getLongValue()));
            }
        }
    }

    private void record(CaseMoves moves) {
        records.refresh(moves.caseIds(), Timestamp.from(Instant.now()));
        moves.marks().forEach(mark -> records.mark(mark.caseId(), mark.userId(), mark.participation()));
        Set<String> answered = new LinkedHashSet<>();
        moves.answerOut().forEach((caseId, out) -> {
            if (records.answerOut(caseId, out)) {
                answered.add(caseId);
            }
        });
        records.forgetAnswers(moves.closed());
        followerNotices.tell(answered, moves.closed());
    }

    private record Mark(String caseId, String userId, Participation participation) {}

    /** What one command did to cases, so that each case is rebuilt once, and who it runs for. */
    private record CaseMoves(
            Set<String> caseIds, Set<Mark> marks, Map<String, Boolean> answerOut, Set<String> closed, String actorId) {
        CaseMoves(String actorId) {
            this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashMap<>(), new LinkedHashSet<>(), actorId);
        }
    }
}
