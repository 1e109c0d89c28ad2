package org.gflow.processes.validation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Reads {@code gflow.variable.*} declarations while a BPMN model is parsed: on a start event
 * they are what the case must be started with ({@link StartVariablesValidator}); on a user
 * task they are all its completion may write ({@link TaskVariables}, kept on the activity for
 * {@link TaskVariablesGuard}, and checked once more when the task completes). A declaration
 * that does not follow the grammar fails the deployment as a parse error.
 */
public class DeclaredVariablesParseListener extends AbstractBpmnParseListener {

    /** Property of a start event: {@code refuse} makes undeclared start variables an error. */
    static final String UNDECLARED_PROPERTY = "gflow.undeclared-variables";

    @Override
    public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
        List<VariableDeclaration> declarations = declarationsOf(startEventElement);
        boolean refuseUndeclared = refusesUndeclared(startEventElement);
        if (!declarations.isEmpty() || refuseUndeclared) {
            // Built-in, not custom: a start with skipCustomListeners must not skip validation.
            startEventActivity.addBuiltInListener(
                    ExecutionListener.EVENTNAME_START, new StartVariablesValidator(declarations, refuseUndeclared));
        }
    }

    private static boolean refusesUndeclared(Element startEventElement) {
        Element properties = BpmnParseUtil.findCamundaExtensionElement(startEventElement, "properties");
        if (properties == null) {
            return false;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if (UNDECLARED_PROPERTY.equals(property.attribute("name"))) {
                String value = property.attribute("value");
                if (!"refuse".equals(value) && !"allow".equals(value)) {
                    throw new BpmnParseException(
                            UNDECLARED_PROPERTY + " must be 'refuse' or 'allow', got '" + value + "'", property);
                }
                return "refuse".equals(value);
            }
        }
        return false;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        // Every user task gets its declarations, even none: a task that declares nothing may write nothing.
        TaskVariables declared = new TaskVariables(activity.getId(), declarationsOf(userTaskElement));
        activity.setProperty(TaskVariables.PROPERTY, declared);
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
            userTask.getTaskDefinition()
                    .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, declared::checkOnCompletion);
        }
    }

    /** The declarations on one start event or user task; empty when it has none. */
    static List<VariableDeclaration> declarationsOf(Element element) {
        Element properties = BpmnParseUtil.findCamundaExtensionElement(element, "properties");
        List<VariableDeclaration> declarations = new ArrayList<>();
        if (properties == null) {
            return declarations;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
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
            throw new BpmnParseException(
                    "Invalid variable property '" + propertyName + "': " + e.getMessage(), property);
        }
    }
}
