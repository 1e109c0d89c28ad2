package org.gflow.engine.cases;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gflow.ldap.DirectoryPeople;
import org.gflow.processes.validation.InvalidVariableException;
import org.springframework.stereotype.Component;

/**
 * The organisation a case speaks for is the organisation of the person who starts it, as the
 * directory knows it — never what the client says. A start event names the variable that
 * holds it with the property {@code gflow.issuing-organisation} (the letter:
 * {@code ministry}): the engine sets it when the client leaves it out and refuses a start
 * that names another organisation. Cases the engine starts itself (no one signed in) keep
 * the value they are given.
 */
@Component
class IssuingOrganisationPlugin extends StartEventListenerPlugin {

    static final String PROPERTY = "gflow.issuing-organisation";

    private final DirectoryPeople people;

    IssuingOrganisationPlugin(DirectoryPeople people) {
        this.people = people;
    }

    @Override
    protected boolean runsBeforeDeclarations() {
        return true; // the declaration may require the variable, which the engine supplies here
    }

    @Override
    protected ExecutionListener listenerFor(Element startEvent) {
        String variable = StartProperties.valueOf(startEvent, PROPERTY);
        if (variable == null || variable.isBlank()) {
            return null;
        }
        return execution -> {
            Authentication caller = Context.getCommandContext().getAuthentication();
            if (caller == null || caller.getUserId() == null) {
                return;
            }
            String organisation = people.organisationOf(caller.getUserId())
                .orElseThrow(() -> new InvalidVariableException(variable,
                    "cannot be set: " + caller.getUserId() + " belongs to no organisation in the directory"));
            Object named = execution.getVariable(variable);
            if (named == null || named instanceof String text && text.isBlank()) {
                execution.setVariable(variable, organisation);
            } else if (!organisation.equals(named)) {
                throw new InvalidVariableException(variable, "must be your own organisation, " + organisation
                    + ", not '" + named + "': a case speaks for the organisation of whoever starts it");
            }
        };
    }
}
