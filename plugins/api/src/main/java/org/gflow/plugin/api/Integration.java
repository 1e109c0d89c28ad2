package org.gflow.plugin.api;

/**
 * Serves one topic: the work of a BPMN service task whose {@code camunda:topic} is {@link #topic()}.
 *
 * <p><b>Registration.</b> A plugin lists an {@link IntegrationFactory} for each integration in
 * {@link PluginResources#INTEGRATION_FACTORIES}; the engine creates the integration when the
 * plugin starts and serves the topic until the plugin stops. Then new work for the topic waits
 * until something serves it again. Built-in integrations of the engine implement this interface too;
 * an integration from a plugin takes precedence over a built-in one for the same topic.
 *
 * <p><b>Calls.</b> {@link #execute(IntegrationCall)} is called by the engine's dispatch worker
 * pool, on a worker thread that is never the caller's, once per locked external task. Calls for
 * different tasks may run concurrently, so implementations must be thread-safe. Each call has a
 * time limit set by the engine ({@code gflow.dispatch.call-timeout}, 30 s by default): a call
 * that runs past it is interrupted and counted as a technical failure.
 *
 * <p><b>Outcomes.</b>
 * <ul>
 *   <li>Return an {@link IntegrationResult}: its variables are set on the process instance and
 *       the service task completes.</li>
 *   <li>Throw {@link BusinessError}: a BPMN error with the error's code is thrown at the service
 *       task, for a boundary error event to catch (for example a wrong payment amount).</li>
 *   <li>Throw anything else: a technical failure. Camunda retries the task with back-off and,
 *       when the retries are used up, raises an incident carrying the exception's message.</li>
 * </ul>
 */
public interface Integration {

    /**
     * The topic this integration serves, {@code <ministry>.<name>} in lower case,
     * for example {@code moic.enterprise-lookup}. Must not change while registered.
     */
    String topic();

    /**
     * Does the work of one service task.
     *
     * @param call the task: its process, business key and variables
     * @return the variables to set on the process instance
     * @throws BusinessError when the case must take another path in the process
     * @throws Exception for a technical failure that Camunda should retry
     */
    IntegrationResult execute(IntegrationCall call) throws Exception;
}
