package org.gflow.processes.validation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Reads {@code gflow.variable.*} declarations from start events while a BPMN model is parsed
 * and attaches a {@link StartVariablesValidator} to each start event that has them. A
 * declaration that does not follow the grammar fails the deployment as a parse error.
 */
public class StartVariablesParseListener extends AbstractBpmnParseListener {

  @Override
  public void parseStartEvent(Element startEventElement, ScopeImpl scope,
      ActivityImpl startEventActivity) {
    List<VariableDeclaration> declarations = declarationsOf(startEventElement);
    if (!declarations.isEmpty()) {
      // Built-in, not custom: a start with skipCustomListeners must not skip validation.
      startEventActivity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
          new StartVariablesValidator(declarations));
    }
  }

  /** The declarations on one start event; empty when it has none. */
  static List<VariableDeclaration> declarationsOf(Element startEventElement) {
    Element properties = BpmnParseUtil.findCamundaExtensionElement(startEventElement,
        "properties");
    List<VariableDeclaration> declarations = new ArrayList<>();
    if (properties == null) {
      return declarations;
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS,
        "property")) {
      String name = property.attribute("name");
      if (name != null && name.startsWith(VariableDeclaration.PROPERTY_PREFIX)) {
        declarations.add(parse(property, name));
      }
    }
    return declarations;
  }

  private static VariableDeclaration parse(Element property, String propertyName) {
    String variable = propertyName.substring(VariableDeclaration.PROPERTY_PREFIX.length());
    try {
      return VariableDeclaration.parse(variable, property.attribute("value"));
    } catch (IllegalArgumentException e) {
      // Reported by the parser with the element's line, among the deployment's parse errors.
      throw new BpmnParseException("Invalid start variable property '" + propertyName + "': "
          + e.getMessage(), property);
    }
  }
}
