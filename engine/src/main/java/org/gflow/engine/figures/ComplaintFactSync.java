package org.gflow.engine.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code gflow_complaint_fact} in step with the complaints, in the same transaction as the
 * change: the engine reports a complaint's start and end, its answer going out and every change
 * of the variables a fact is made of (registration, routing, the answer, a reopen, a rating) as
 * history events; this plugin gathers the complaints a command touched and, just before the
 * transaction commits (when the engine has written its own rows), rebuilds their facts once.
 */
@Component
class ComplaintFactSync extends AbstractProcessEnginePlugin {

    private final ComplaintFacts facts;

    ComplaintFactSync(ComplaintFacts facts) {
        this.facts = facts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        sessions.add(new ChangedComplaintsFactory());
        configuration.setCustomSessionFactories(sessions);

        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        // not a bean itself: the engine's starter takes a history event handler bean as its only one
        handlers.add(new ChangeHandler());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** Notes the complaints whose facts a history event changes. */
    private final class ChangeHandler implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            // a variable's event may not name its model: a case of another model finds no complaint to rebuild
            String model = event.getProcessDefinitionKey();
            if (event.getProcessInstanceId() == null || model != null && !ComplaintFacts.PROCESS_KEY.equals(model)) {
                return;
            }
            if (event instanceof HistoricVariableUpdateEventEntity variable) {
                if (variable.getTaskId() == null && ComplaintFacts.VARIABLES.contains(variable.getVariableName())) {
                    changed().add(event.getProcessInstanceId());
                }
            } else if (event instanceof HistoricActivityInstanceEventEntity activity) {
                if ("notifyCitizen".equals(activity.getActivityId()) && activity.getEndTime() != null) {
                    changed().add(event.getProcessInstanceId());
                }
            } else if (event instanceof HistoricProcessInstanceEventEntity) {
                changed().add(event.getProcessInstanceId());
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }

    private Set<String> changed() {
        CommandContext context = Context.getCommandContext();
        ChangedComplaints changed = context.getSession(ChangedComplaints.class);
        if (!changed.registered) {
            changed.registered = true;
            context.getTransactionContext()
                    .addTransactionListener(TransactionState.COMMITTING, committing -> facts.refresh(changed.caseIds));
        }
        return changed.caseIds;
    }

    /** The complaints one command changed, so that each fact is rebuilt once. */
    static final class ChangedComplaints implements Session {
        private final Set<String> caseIds = new LinkedHashSet<>();
        private boolean registered;

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** Gives every command its own {@link ChangedComplaints}. */
    static final class ChangedComplaintsFactory implements SessionFactory {
        @Override
        public Class<?> getSessionType() {
            return ChangedComplaints.class;
        }

        @Override
        public Session openSession() {
            return new ChangedComplaints();
        }
    }
}
