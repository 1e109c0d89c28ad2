package org.gflow.engine.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.gflow.plugin.api.Integration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires dispatch: the registry of built-in and plugin integrations, the plugin calls made in the
 * transaction that reaches a task, the wake-up on new work and the worker pool. Properties:
 * {@code gflow.dispatch.workers} (4), {@code call-timeout} (30 s), {@code retries} (3),
 * {@code safety-poll} (5 s), {@code worker-id} (host name and process id), {@code inline-window}
 * (100 ms; 0 sends every call through the worker pool).
 */
@Configuration(proxyBeanMethods = false)
public class DispatchConfiguration {

    /** Starts after the plugin host has installed the plugins, stops before it. */
    public static final int PHASE = Integer.MAX_VALUE - 1000;

    @Bean
    DispatchSignal dispatchSignal() {
        return new DispatchSignal();
    }

    @Bean
    static DispatchEnginePlugin dispatchEnginePlugin(
            ObjectProvider<DispatchSignal> signal, ObjectProvider<ExternalTaskDispatcher> dispatcher) {
        // static and lazy: process engine plugins are created early, before this configuration
        return new DispatchEnginePlugin(() -> signal.getObject().wake(), dispatcher::getIfAvailable);
    }

    @Bean
    IntegrationRegistry integrationRegistry(ObjectProvider<Integration> builtIns, DispatchSignal signal) {
        return new IntegrationRegistry(builtIns.orderedStream().toList(), signal);
    }

    @Bean
    DispatchSettings dispatchSettings(
            @Value("${gflow.dispatch.workers:4}") int workers,
            @Value("${gflow.dispatch.call-timeout:30s}") Duration callTimeout,
            @Value("${gflow.dispatch.retries:3}") int retries,
            @Value("${gflow.dispatch.safety-poll:5s}") Duration safetyPoll,
            @Value("${gflow.dispatch.worker-id:}") String workerId,
            @Value("${gflow.dispatch.inline-window:100ms}") Duration inlineWindow) {
        return new DispatchSettings(
                workers,
                callTimeout,
                RetryPolicy.standard(retries),
                safetyPoll,
                workerId.isBlank() ? defaultWorkerId() : workerId,
                inlineWindow);
    }

    @Bean
    ExternalTaskDispatcher externalTaskDispatcher(
            ExternalTaskService externalTasks,
            IdentityService identityService,
            IntegrationRegistry registry,
            DispatchSignal signal,
            DispatchSettings settings,
            MeterRegistry meters) {
        return new ExternalTaskDispatcher(
                externalTasks, identityService, registry, signal, settings, new DispatchMeters(meters));
    }

    @Bean
    SmartLifecycle externalTaskDispatcherLifecycle(ExternalTaskDispatcher dispatcher) {
        return new SmartLifecycle() {
            @Override
            public void start() {
                dispatcher.start();
            }

            @Override
            public void stop() {
                dispatcher.close();
            }

            @Override
            public boolean isRunning() {
                return dispatcher.isRunning();
            }

            @Override
            public int getPhase() {
                return PHASE;
            }
        };
    }

    /** One id per engine node, so Cockpit shows which node holds a lock. */
    private static String defaultWorkerId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return "gflow-" + host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
