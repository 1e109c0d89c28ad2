package org.gflow.processes.validation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Process engine plugin that makes every deployed process validate its declared start
 * variables (see {@link org.gflow.processes.validation}). Register it once per engine: in
 * {@code camunda.cfg.xml} as a plugin, or as a Spring bean with the Camunda starter.
 */
public class StartVariablesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPreBPMNParseListeners(listeners);
    }
    listeners.add(new StartVariablesParseListener());
  }
}
