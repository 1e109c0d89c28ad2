package org.gflow.engine.cases;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Reads one G-Flow Camunda property ({@code camunda:property}) of a model element. */
public final class ModelProperties {

    private ModelProperties() {}

    /** The property's value, or {@code null} when the element does not carry it. */
    public static String valueOf(Element element, String name) {
        Element property = propertyOf(element, name);
        return property == null ? null : property.attribute("value");
    }

    /** The property element (for parse errors that point at its line), or {@code null}. */
    static Element propertyOf(Element element, String name) {
        Element properties = BpmnParseUtil.findCamundaExtensionElement(element, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if (name.equals(property.attribute("name"))) {
                return property;
            }
        }
        return null;
    }
}
