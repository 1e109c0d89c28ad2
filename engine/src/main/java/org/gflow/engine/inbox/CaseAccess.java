package org.gflow.engine.inbox;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Opens a case only to those Camunda lets read its history: the groups it was offered to
 * (granted per case when a task is offered), the roles that oversee a process, admins.
 * Everyone else gets 404, the same as for a case that does not exist.
 */
@Component
public class CaseAccess {

    private final HistoryService historyService;

    CaseAccess(HistoryService historyService) {
        this.historyService = historyService;
    }

    /** The case as the signed-in user may read it; a case they may not read is not found. */
    public HistoricProcessInstance open(String processInstanceId) {
        HistoricProcessInstance instance = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        if (instance == null) {
            throw new NotFoundException("No case " + processInstanceId);
        }
        return instance;
    }
}
