package org.gflow.engine.dispatch;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every external service, send and business-rule task the {@link DirectCallBehavior}: a
 * topic that a plugin on this node serves is called in the transaction that reaches the task; any
 * other task waits as an ordinary external task and wakes the dispatch workers when its
 * transaction commits, so no work waits for the safety poll.
 */
public final class DispatchEnginePlugin extends AbstractProcessEnginePlugin {

    private final Runnable wake;
    private final Supplier<ExternalTaskDispatcher> dispatcher;

    /**
     * @param wake what to do when new external work is committed, e.g. {@code signal::wake}
     * @param dispatcher this node's dispatcher, asked for when a task is reached (the engine is
     *                   built before it); {@code null} until it exists, and then tasks wait as
     *                   external tasks
     */
    public DispatchEnginePlugin(Runnable wake, Supplier<ExternalTaskDispatcher> dispatcher) {
        this.wake = wake;
        this.dispatcher = new Memo(dispatcher);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBpmnParseFactory(parser -> new DirectCallParse(parser, wake, dispatcher));
    }

    /** Camunda's parse, with the external-task behaviour replaced by the direct call. */
    static final class DirectCallParse extends BpmnParse {

        private final Runnable wake;
        private final Supplier<ExternalTaskDispatcher> dispatcher;

        DirectCallParse(BpmnParser parser, Runnable wake, Supplier<ExternalTaskDispatcher> dispatcher) {
            super(parser);
            this.wake = wake;
            this.dispatcher = dispatcher;
        }

        @Override
        protected void parseExternalServiceTask(ActivityImpl activity, Element taskElement, Element propertiesElement) {
            super.parseExternalServiceTask(activity, taskElement, propertiesElement);
            if (activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior plain && !hasErrors()) {
                activity.setActivityBehavior(new DirectCallBehavior(
                        parseTopic(taskElement, PROPERTYNAME_EXTERNAL_TASK_TOPIC),
                        plain.getPriorityValueProvider(),
                        dispatcher,
                        wake));
            }
        }
    }

    /** Remembers the dispatcher once it exists: it is asked for on every task. */
    private static final class Memo implements Supplier<ExternalTaskDispatcher> {

        private final Supplier<ExternalTaskDispatcher> lookUp;
        private volatile ExternalTaskDispatcher found;

        Memo(Supplier<ExternalTaskDispatcher> lookUp) {
            this.lookUp = lookUp;
        }

        @Override
        public ExternalTaskDispatcher get() {
            ExternalTaskDispatcher known = found;
            if (known == null) {
                known = lookUp.get();
                found = known;
            }
            return known;
        }
    }
}
