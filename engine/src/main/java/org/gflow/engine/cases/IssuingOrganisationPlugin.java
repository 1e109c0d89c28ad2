package org.gflow.engine.cases;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gflow.engine.vocabulary.Vocabulary;
import org.gflow.ldap.DirectoryPeople;
import org.gflow.processes.validation.InvalidVariableException;
import org.springframework.stereotype.Component;

/**
 * The organisation a case speaks for is the organisation of the person who starts it, as the
 * directory knows it — never what the client says. A start event names the variable that
 * holds it with the property {@code gflow.issuing-organisation} (the letter:
 * {@code ministry}): the engine sets it when the client leaves it out and refuses a start
 * that names another organisation. On a business rule task that computes the organisation
 * (the permit's {@code selectPermitType}), the same property makes the start fail unless the
 * table chose the starter's own organisation: a front office opens only its ministry's
 * permits. Cases the engine starts itself (no one signed in) are not affected.
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
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseBusinessRuleTask(Element task, ScopeImpl scope, ActivityImpl activity) {
                String variable = ModelProperties.valueOf(task, PROPERTY);
                if (variable != null && !variable.isBlank()) {
                    activity.setProperty(PROPERTY, variable);
                }
            }

            @Override
            public void parseSequenceFlow(Element flow, ScopeImpl scope, TransitionImpl transition) {
                // Checked as the task is left: its output mapping has set the variable by then.
                if (transition.getSource().getProperty(PROPERTY) instanceof String variable) {
                    transition.addBuiltInListener(
                            ExecutionListener.EVENTNAME_TAKE,
                            execution -> starterOrganisation(variable)
                                    .ifPresent(own -> requireOwn(variable, own, execution.getVariable(variable))));
                }
            }
        });
    }

    @Override
    protected ExecutionListener listenerFor(Element startEvent) {
        String variable = ModelProperties.valueOf(startEvent, PROPERTY);
        if (variable == null || variable.isBlank()) {
            return null;
        }
        return execution -> starterOrganisation(variable).ifPresent(own -> {
            Object named = execution.getVariable(variable);
            if (named == null || named instanceof String text && text.isBlank()) {
                execution.setVariable(variable, own);
            } else {
                requireOwn(variable, own, named);
            }
        });
    }

    /** The signed-in user's organisation; empty when the engine itself acts. */
    private Optional<String> starterOrganisation(String variable) {
        Authentication caller = Context.getCommandContext().getAuthentication();
        if (caller == null || caller.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(people.organisationOf(caller.getUserId())
                .orElseThrow(() -> new InvalidVariableException(
                        variable,
                        "cannot be set: " + caller.getUserId() + " belongs to no organisation in the directory")));
    }

    /** An organisation as a person reads it: "Ministry of Finance (mof)"; the code is what a client sends. */
    private static String named(Object code) {
        return Vocabulary.standard()
                .organisation(code)
                .map(found -> found.en() + " (" + found.code() + ")")
                .orElse("'" + code + "'");
    }

    private static void requireOwn(String variable, String own, Object named) {
        if (!own.equals(named)) {
            throw new InvalidVariableException(
                    variable,
                    "must be your own organisation, " + named(own) + ", not " + named(named)
                            + ": a case speaks for the organisation of whoever starts it");
        }
    }
}
