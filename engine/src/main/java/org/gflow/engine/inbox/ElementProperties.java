package org.gflow.engine.inbox;

import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/** Reads a G-Flow property ({@code camunda:property}) of an element of a deployed model. */
final class ElementProperties {

    private ElementProperties() {}

    /** The property's value; empty when the element does not carry it. */
    static Optional<String> valueOf(BaseElement element, String name) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(property -> property.getCamundaValue())
                .findFirst();
    }
}
