package org.gflow.engine.cases;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * A case as the person who filed it may look it up on the public pages: found by its number
 * and the access code handed over with it, read from history so a closed case is found too.
 * A wrong code and an unknown number look the same — nothing is found.
 */
public final class TrackedCase {

    private final HistoryService history;
    private final HistoricProcessInstance instance;

    private TrackedCase(HistoryService history, HistoricProcessInstance instance) {
        this.history = history;
        this.instance = instance;
    }

    /** The case of this model with this number, if the code is the one handed over with it. */
    public static Optional<TrackedCase> find(HistoryService history, String processKey, String number, String code) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(number)
                .singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        TrackedCase found = new TrackedCase(history, instance);
        return AccessCodes.matches(found.text(AccessCodes.VARIABLE), number, code)
                ? Optional.of(found)
                : Optional.empty();
    }

    /** The case's process instance id. */
    public String id() {
        return instance.getId();
    }

    public Instant filedAt() {
        return instance.getStartTime().toInstant();
    }

    /** When the case ended; empty while it is open. */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(instance.getEndTime()).map(Date::toInstant);
    }

    /** A case variable as text; null when it is not set. */
    public String text(String name) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(name)
                .singleResult();
        return variable == null || variable.getValue() == null
                ? null
                : variable.getValue().toString();
    }

    /** Every step the case has taken, oldest first. */
    public List<HistoricActivityInstance> activities() {
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list();
    }

    /** The ids of the steps the case is at now. */
    public List<String> openActivities() {
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .unfinished()
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }
}
