package org.gflow.engine.inbox;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine work without Camunda's permission check, for the few inbox operations whose
 * rule G-Flow checks itself first (reading who completed
 * the steps of a case the user may open). Calls made inside run in the same command, so the
 * operation log still names the signed-in user.
 */
@Component
public class CheckedAccess {

    private final ProcessEngineConfigurationImpl configuration;

    CheckedAccess(ProcessEngineConfiguration configuration) {
        this.configuration = (ProcessEngineConfigurationImpl) configuration;
    }

    public <T> T afterOwnCheck(Supplier<T> work) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            try {
                return work.get();
            } finally {
                context.enableAuthorizationCheck();
            }
        });
    }
}
