package org.gflow.engine.conflicts;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Installs {@link RetryOnConflictInterceptor} in front of the engine's transaction, so the REST
 * API, G-Flow's own API and the in-process dispatch all get it. Property
 * {@code gflow.conflicts.attempts} (5): how often a conflicting command runs in all.
 */
@Component
class ConflictRetryPlugin extends AbstractProcessEnginePlugin {

    private final int attempts;

    ConflictRetryPlugin(@Value("${gflow.conflicts.attempts:5}") int attempts) {
        this.attempts = attempts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        LostRaces.requireCommandFields();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new RetryOnConflictInterceptor(attempts));
    }
}
