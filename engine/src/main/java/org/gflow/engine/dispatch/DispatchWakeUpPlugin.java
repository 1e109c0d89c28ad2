package org.gflow.engine.dispatch;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Makes new external work start at once: every external service, send and business-rule task
 * gets a listener that, when the transaction creating the task commits, wakes the dispatch
 * workers. Without it, work would wait for the safety poll.
 */
public final class DispatchWakeUpPlugin extends AbstractProcessEnginePlugin {

    private final Runnable wake;

    /** @param wake what to do when new external work is committed, e.g. {@code signal::wake} */
    public DispatchWakeUpPlugin(Runnable wake) {
        this.wake = wake;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new WakeOnExternalTask(wake));
    }

    /** Adds the wake-up to activities whose behaviour creates an external task. */
    static final class WakeOnExternalTask extends AbstractBpmnParseListener {

        private final ExecutionListener wakeAfterCommit;

        WakeOnExternalTask(Runnable wake) {
            this.wakeAfterCommit = execution -> Context.getCommandContext().getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, commandContext -> wake.run());
        }

        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            addIfExternal(activity);
        }

        @Override
        public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            addIfExternal(activity);
        }

        @Override
        public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            addIfExternal(activity);
        }

        private void addIfExternal(ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, wakeAfterCommit);
            }
        }
    }
}
