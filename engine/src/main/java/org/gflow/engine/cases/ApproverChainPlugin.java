package org.gflow.engine.cases;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gflow.ldap.DirectoryPeople;
import org.gflow.processes.validation.InvalidVariableException;
import org.springframework.stereotype.Component;

/**
 * An explicit list of approvers given when a case starts (the letter's {@code approvers},
 * named by the start event's property {@code gflow.approver-chain}) may hold only people who
 * outrank the person starting it: each in the starter's organisation, in the starter's line
 * of managers in the directory, named once, and not the starter. A start that breaks this is
 * refused naming the wrong entry, so no one can sign off their own letter or have a
 * colleague or another ministry sign it.
 */
@Component
class ApproverChainPlugin extends StartEventListenerPlugin {

    static final String PROPERTY = "gflow.approver-chain";
    /** Far above any real hierarchy; only stops a loop of managers in a broken directory. */
    private static final int MAX_RANKS = 50;

    private final DirectoryPeople people;

    ApproverChainPlugin(DirectoryPeople people) {
        this.people = people;
    }

    @Override
    protected ExecutionListener listenerFor(Element startEvent) {
        String variable = ModelProperties.valueOf(startEvent, PROPERTY);
        if (variable == null || variable.isBlank()) {
            return null;
        }
        return execution -> {
            Authentication caller = Context.getCommandContext().getAuthentication();
            if (caller != null
                    && caller.getUserId() != null
                    && execution.getVariable(variable) instanceof List<?> approvers
                    && !approvers.isEmpty()) {
                check(variable, caller.getUserId(), approvers);
            }
        };
    }

    private void check(String variable, String starter, List<?> approvers) {
        Optional<String> organisation = people.organisationOf(starter);
        Set<String> superiors = managersOf(starter);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < approvers.size(); i++) {
            String approver = String.valueOf(approvers.get(i));
            String entry = "entry " + (i + 1) + " '" + approver + "'";
            if (approver.equals(starter)) {
                throw new InvalidVariableException(variable, entry + " is you: a letter is signed off by others");
            }
            if (!seen.add(approver)) {
                throw new InvalidVariableException(variable, entry + " appears more than once");
            }
            if (organisation.isEmpty() || !organisation.equals(people.organisationOf(approver))) {
                throw new InvalidVariableException(
                        variable, entry + " is not in your organisation " + organisation.orElse("(none)"));
            }
            if (!superiors.contains(approver)) {
                throw new InvalidVariableException(
                        variable,
                        entry + " does not rank above you: " + "not in your line of managers in the directory");
            }
        }
    }

    /** The starter's managers, nearest first, up the directory's manager chain. */
    private Set<String> managersOf(String userId) {
        Set<String> chain = new LinkedHashSet<>();
        String current = userId;
        for (int rank = 0; rank < MAX_RANKS; rank++) {
            Optional<String> manager = people.managerOf(current);
            if (manager.isEmpty() || manager.get().equals(userId) || !chain.add(manager.get())) {
                break;
            }
            current = manager.get();
        }
        return chain;
    }
}
