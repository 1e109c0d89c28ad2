package org.gflow.engine.cases;

import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.gflow.engine.security.EngineAsPublic;
import org.springframework.stereotype.Component;

/**
 * What the person who filed a case may always see of it: its number, to read back to a caller
 * or write on the paper file. The case's own grants move with its tasks and soon leave the
 * operator who recorded a call; the receipt stays theirs. Only the case's starter gets it; to
 * anyone else the case does not exist.
 */
@Component
public class CaseReceipts {

    /** The receipt: the case's reference is its tracking number, else its business key. */
    public record Receipt(
            String processInstanceId,
            String processKey,
            String processName,
            String reference,
            Date filedAt,
            boolean ended) {}

    private final HistoryService historyService;
    private final EngineAsPublic asPublic;

    CaseReceipts(HistoryService historyService, EngineAsPublic asPublic) {
        this.historyService = historyService;
        this.asPublic = asPublic;
    }

    /** The receipt of a case the user started; 404 for any other case. */
    public Receipt receipt(String processInstanceId, String userId) {
        HistoricProcessInstance started = startedBy(processInstanceId, userId);
        String reference = asPublic.call(() -> trackingNumber(processInstanceId));
        return new Receipt(
                started.getId(),
                started.getProcessDefinitionKey(),
                started.getProcessDefinitionName(),
                reference != null ? reference : started.getBusinessKey(),
                started.getStartTime(),
                started.getEndTime() != null);
    }

    /** The case, if this user started it; otherwise 404, whatever the case is. */
    public HistoricProcessInstance startedBy(String processInstanceId, String userId) {
        HistoricProcessInstance started = asPublic.call(() -> historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult());
        if (started == null || userId == null || !userId.equals(started.getStartUserId())) {
            throw new NotFoundException("No case " + processInstanceId + " started by " + userId);
        }
        return started;
    }

    private String trackingNumber(String processInstanceId) {
        HistoricVariableInstance number = historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableName("trackingNumber")
                .singleResult();
        return number == null || number.getValue() == null
                ? null
                : number.getValue().toString();
    }
}
