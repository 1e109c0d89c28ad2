package org.gflow.engine.figures;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.gflow.engine.projections.ChangesAtCommit;
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

    /** The complaints one command changed, so that each fact is rebuilt once. */
    private final ChangesAtCommit<Set<String>> changedComplaints;

    ComplaintFactSync(ComplaintFacts facts) {
        this.changedComplaints = new ChangesAtCommit<>(context -> new LinkedHashSet<>(), facts::refresh);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ChangesAtCommit.listen(configuration, this::gather);
    }

    /** Notes the complaints whose facts a history event changes. */
    private void gather(HistoryEvent event) {
        // a variable's event may not name its model: a case of another model finds no complaint to rebuild
        String model = event.getProcessDefinitionKey();
        if (event.getProcessInstanceId() == null || model != null && !ComplaintFacts.PROCESS_KEY.equals(model)) {
            return;
        }
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            if (variable.getTaskId() == null && ComplaintFacts.VARIABLES.contains(variable.getVariableName())) {
                changedComplaints.current().add(event.getProcessInstanceId());
            }
        } else if (event instanceof HistoricActivityInstanceEventEntity activity) {
            if ("notifyCitizen".equals(activity.getActivityId()) && activity.getEndTime() != null) {
                changedComplaints.current().add(event.getProcessInstanceId());
            }
        } else if (event instanceof HistoricProcessInstanceEventEntity) {
            changedComplaints.current().add(event.getProcessInstanceId());
        }
    }
}
