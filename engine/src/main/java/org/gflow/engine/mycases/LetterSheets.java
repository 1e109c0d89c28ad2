package org.gflow.engine.mycases;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.gflow.engine.inbox.CaseAccess;
import org.gflow.engine.inbox.CheckedAccess;
import org.springframework.stereotype.Component;

/**
 * Reads a letter for its print view: only for who may open the case (the inbox's case access
 * check); the letter's variables are then read from its history without a second permission
 * check, as the case page's timeline does.
 */
@Component
class LetterSheets {

    static final String LETTER_PROCESS = "document-approval";

    private static final List<String> VARIABLES =
            List.of("subject", "letterBody", "ministry", "registryNumber", "registeredAt", "recipients");

    private final CaseAccess access;
    private final CheckedAccess checked;
    private final HistoryService historyService;

    LetterSheets(CaseAccess access, CheckedAccess checked, HistoryService historyService) {
        this.access = access;
        this.checked = checked;
        this.historyService = historyService;
    }

    PrintedLetter letter(String caseId) {
        HistoricProcessInstance instance = access.open(caseId);
        if (!LETTER_PROCESS.equals(instance.getProcessDefinitionKey())) {
            throw new NotFoundException("Case " + caseId + " is not a letter");
        }
        Map<String, Object> variables = checked.afterOwnCheck(() -> {
            Map<String, Object> found = new HashMap<>();
            historyService
                    .createHistoricVariableInstanceQuery()
                    .processInstanceId(caseId)
                    .variableNameIn(VARIABLES.toArray(String[]::new))
                    .disableCustomObjectDeserialization()
                    .list()
                    .stream()
                    .filter(variable -> variable.getTaskId() == null && variable.getValue() != null)
                    .forEach(variable -> found.put(variable.getName(), variable.getValue()));
            return found;
        });
        return new PrintedLetter(
                caseId,
                text(variables.get("subject")),
                text(variables.get("letterBody")),
                text(variables.get("ministry")),
                text(variables.get("registryNumber")),
                variables.get("registeredAt") instanceof Date date ? date : null,
                variables.get("recipients") instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList()
                        : List.of(),
                instance.getEndTime() != null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
