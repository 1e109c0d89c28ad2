package org.gflow.processes.validation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Process engine plugin that makes every deployed process keep to its variable declarations
 * (see {@link org.gflow.processes.validation}): a start is checked against its start event's,
 * and whatever writes variables through a user task — completion, form submission, direct
 * writes — against the task's. Register it once per engine: in {@code camunda.cfg.xml} as a
 * plugin, or as a Spring bean with the Camunda starter.
 */
public class DeclaredVariablesPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPreBPMNParseListeners(listeners);
        }
        listeners.add(new DeclaredVariablesParseListener());
        // An engine may add its own task rules by extending GuardedTaskService; that one is kept.
        if (!(configuration.getTaskService() instanceof GuardedTaskService)) {
            configuration.setTaskService(new GuardedTaskService());
        }
        configuration.setFormService(new GuardedFormService());
    }
}
