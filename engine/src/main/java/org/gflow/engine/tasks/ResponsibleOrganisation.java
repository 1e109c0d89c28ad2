package org.gflow.engine.tasks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * The organisation that answers for a case and keeps reading its history after its own tasks
 * are done: the one the model routed the case to — the hotline's {@code responsibleOrg}, a
 * permit's {@code ministry} — or else the organisation of the person who started it (an
 * official letter's drafter).
 */
final class ResponsibleOrganisation {

    /** Case variables that name the responsible organisation, in order of precedence. */
    static final List<String> VARIABLES = List.of("responsibleOrg", "ministry");

    private final Set<String> organisations;

    private ResponsibleOrganisation(Set<String> organisations) {
        this.organisations = organisations;
    }

    static ResponsibleOrganisation of(CommandContext context, String caseId) {
        var history = context.getProcessEngineConfiguration().getHistoryService();
        List<HistoricVariableInstance> named = history.createHistoricVariableInstanceQuery()
                .processInstanceId(caseId)
                .variableNameIn(VARIABLES.toArray(String[]::new))
                .disableBinaryFetching()
                .list();
        for (String variable : VARIABLES) {
            for (HistoricVariableInstance instance : named) {
                if (instance.getName().equals(variable)
                        && instance.getValue() instanceof String organisation
                        && !organisation.isBlank()) {
                    return new ResponsibleOrganisation(Set.of(organisation));
                }
            }
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(caseId)
                .singleResult();
        return new ResponsibleOrganisation(
                instance == null ? Set.of() : Organisations.ofUser(context, instance.getStartUserId()));
    }

    /** Does this grant go to a group of the responsible organisation, or to one of its people? */
    boolean includes(CommandContext context, AuthorizationEntity grant) {
        if (grant.getGroupId() != null) {
            return organisations.contains(Organisations.ofGroup(grant.getGroupId()));
        }
        Set<String> ofUser = new HashSet<>(Organisations.ofUser(context, grant.getUserId()));
        ofUser.retainAll(organisations);
        return !ofUser.isEmpty();
    }
}
