package org.gflow.engine.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** How G-Flow's engine plugins hook into the reading of every model, after Camunda's own parsing. */
public final class ParseListeners {

    private ParseListeners() {}

    /** Adds a listener that sees every model as it is parsed, after the engine's own listeners. */
    public static void addAfterEngine(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : configuration.getCustomPostBPMNParseListeners();
        listeners.add(listener);
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
