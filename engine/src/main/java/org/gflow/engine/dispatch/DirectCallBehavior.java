package org.gflow.engine.dispatch;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.TransactionContext;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ParameterValueProvider;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricExternalTaskLogEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.gflow.engine.dispatch.TaskOutcomeReporter.HeldTask;
import org.gflow.engine.dispatch.TimedIntegrationCaller.StartedCall;
import org.gflow.plugin.api.Integration;

/**
 * An external task that costs no more than a JavaDelegate when a plugin on this node serves its topic.
 *
 * <p>When a plugin installed on this node serves the topic, the transaction that reaches the task
 * creates the external task locked to this node and calls the integration at once, with the task's
 * id. If the answer comes within the inline window, Camunda's own external-task code completes the
 * task or throws its BPMN error in that same transaction: the task row never reaches the database,
 * the case moves on, and history keeps the step as it keeps a JavaDelegate's — its activity
 * instance and variables, no external-task log — with no fetch-and-lock and no second transaction.
 * If the call failed, or has not answered within the window, the task is committed locked to this
 * node and the call, still running, is handed over to the {@link ExternalTaskDispatcher}, which
 * reports its outcome as the pool does: completion, BPMN error, or failure with retries, back-off
 * and finally an incident, all in the external-task log. The failed first attempt uses the first
 * retry, as it would in the pool, and the retries see the same task id. When no plugin on this node
 * serves the topic (a remote worker's topic, a plugin not installed yet, an engine built-in, the
 * window set to 0), the task is an ordinary external task and the workers are woken when it is
 * committed.
 *
 * <p><b>Why the window is short (100 ms by default) and not the call's time limit (30 s).</b> While
 * it waits for the plugin, the transaction holds its JDBC connection (and whatever the case's command
 * has locked). A plugin may call a ministry's registry over the network and take seconds; waiting
 * for it the way a JavaDelegate would lets a few slow calls empty the connection pool and stall every
 * inbox page and REST call on the node. With the window, a slow call holds a connection for the
 * window at most and then runs on without one, exactly like a fetched task; only quick calls — the
 * common case, and the ones where two extra transactions would cost the most — stay in the
 * transaction. The call is never started twice: the handed-over call is the one already running.
 * The window also keeps the pool from locking itself up: a plugin that needs a connection of its own
 * (a host service such as the number series) while every connection is held by a waiting case
 * transaction gets one as soon as those transactions hand over and commit.
 *
 * <p>As after a JavaDelegate, what follows the task up to the next wait state runs in the same
 * transaction; a model that wants the step after a plugin call isolated marks the task
 * {@code camunda:asyncAfter}. If that transaction rolls back, the call's answer is dropped (a
 * handed-over call is cancelled) and the case is where it was before — like any step, the call may
 * then run again.
 */
final class DirectCallBehavior extends ExternalTaskActivityBehavior {

    private final Supplier<ExternalTaskDispatcher> dispatcher;
    private final Runnable wake;

    DirectCallBehavior(
            ParameterValueProvider topic,
            ParameterValueProvider priority,
            Supplier<ExternalTaskDispatcher> dispatcher,
            Runnable wake) {
        super(topic, priority);
        this.dispatcher = dispatcher;
        this.wake = wake;
    }

    @Override
    public void execute(ActivityExecution execution) throws Exception {
        ExternalTaskDispatcher dispatch = dispatcher.get();
        String topic = (String) topicNameValueProvider.getValue(execution);
        Optional<Integration> integration = dispatch == null ? Optional.empty() : dispatch.servingInTransaction(topic);
        if (integration.isEmpty()) {
            super.execute(execution);
            transaction().addTransactionListener(TransactionState.COMMITTED, committed -> wake.run());
            return;
        }
        ExecutionEntity caseExecution = (ExecutionEntity) execution;
        DispatchSettings settings = dispatch.settings();
        long priority = Context.getProcessEngineConfiguration()
                .getExternalTaskPriorityProvider()
                .determinePriority(caseExecution, this, null);
        ExternalTaskEntity task = ExternalTaskEntity.createAndInsert(caseExecution, topic, priority);
        task.lock(settings.workerId(), settings.lockMillis());
        int retriesLeft = settings.retryPolicy().retriesLeftAfterFailure(null);
        StartedCall call = dispatch.start(integration.get(), LockedTaskCall.of(task, caseExecution, retriesLeft));
        Optional<CallOutcome> outcome = call.outcomeWithin(settings.inlineWindow());
        if (outcome.isEmpty()) {
            handOver(dispatch, task, call, "slow");
        } else if (applied(task, outcome.get())) {
            leaveNoLog(task);
        } else {
            handOver(dispatch, task, call, "failed");
        }
    }

    /**
     * A call answered in the window leaves the history a JavaDelegate's step leaves (its activity
     * instance and variables), not the external-task log: the task was never in the database, and
     * its two log rows (created, ended) were a sixth of a one-step case's history writes. Camunda's history
     * handler has only queued them in this command's entity cache; deleting a queued insert drops it.
     */
    private static void leaveNoLog(ExternalTaskEntity task) {
        DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
        for (HistoricExternalTaskLogEntity log :
                entities.getCachedEntitiesByType(HistoricExternalTaskLogEntity.class)) {
            if (task.getId().equals(log.getExternalTaskId())) {
                entities.delete(log);
            }
        }
    }

    /**
     * Completes the task or throws its BPMN error here, as the pool's report would; false for a
     * technical failure, and for a result the engine cannot store, which the hand-over reports.
     */
    private static boolean applied(ExternalTaskEntity task, CallOutcome outcome) {
        if (outcome instanceof CallOutcome.Completed completed) {
            if (!stored(task, completed.variables())) {
                return false;
            }
            task.complete(null, null);
            return true;
        }
        if (outcome instanceof CallOutcome.BusinessFailure error) {
            if (!stored(task, error.variables())) {
                return false;
            }
            task.bpmnError(error.code(), error.message(), null);
            return true;
        }
        return false;
    }

    /** Sets the result's variables before the task ends, so a value the engine refuses fails the call, not the command. */
    private static boolean stored(ExternalTaskEntity task, Map<String, Object> variables) {
        if (variables == null || variables.isEmpty()) {
            return true;
        }
        try {
            task.getExecution().setVariables(variables);
            return true;
        } catch (ProcessEngineException refused) {
            return false;
        }
    }

    /** After commit the dispatcher reports the call's outcome; on rollback nobody wants it. */
    private static void handOver(
            ExternalTaskDispatcher dispatch, ExternalTaskEntity task, StartedCall call, String reason) {
        HeldTask held = new HeldTask(task.getId(), task.getTopicName(), null);
        TransactionContext transaction = transaction();
        transaction.addTransactionListener(
                TransactionState.COMMITTED, committed -> dispatch.takeOver(held, call, reason));
        transaction.addTransactionListener(TransactionState.ROLLED_BACK, rolledBack -> call.abandon());
    }

    private static TransactionContext transaction() {
        return Context.getCommandContext().getTransactionContext();
    }
}
