package org.gflow.engine.cases;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gflow.processes.validation.InvalidVariableException;
import org.springframework.stereotype.Component;

/**
 * A model that records who started a case ({@code camunda:initiator="drafter"}) means that
 * person: a signed-in civil servant cannot start a letter in a colleague's name by passing the
 * variable. Cases started by the engine itself (no one signed in) are not affected.
 */
@Component
class InitiatorGuardPlugin extends StartEventListenerPlugin {

    @Override
    protected ExecutionListener listenerFor(Element startEvent) {
        String initiator = startEvent.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "initiator");
        if (initiator == null || initiator.isBlank()) {
            return null;
        }
        return execution -> {
            Authentication caller = Context.getCommandContext().getAuthentication();
            Object named = execution.getVariable(initiator);
            if (caller != null && caller.getUserId() != null && !Objects.equals(named, caller.getUserId())) {
                throw new InvalidVariableException(
                        initiator, "must be the person who starts the case, " + caller.getUserId());
            }
        };
    }
}
