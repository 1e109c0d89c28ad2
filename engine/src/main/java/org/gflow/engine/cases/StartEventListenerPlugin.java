package org.gflow.engine.cases;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gflow.engine.deployment.ParseListeners;

/**
 * An engine plugin that gives the start events of deployed models a listener of its own,
 * decided from the start event's XML. Built-in, so a start that skips custom listeners still
 * runs it.
 */
abstract class StartEventListenerPlugin extends AbstractProcessEnginePlugin {

    /** @return the listener this start event needs, or {@code null} for none */
    protected abstract ExecutionListener listenerFor(Element startEvent);

    /**
     * Whether the listener runs before the start event's variable declarations are checked —
     * for a listener that supplies a declared variable itself. Otherwise it runs after them.
     */
    protected boolean runsBeforeDeclarations() {
        return false;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterEngine(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
                ExecutionListener listener = listenerFor(startEvent);
                if (listener != null && runsBeforeDeclarations()) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, listener, 0);
                } else if (listener != null) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, listener);
                }
            }
        });
    }
}
