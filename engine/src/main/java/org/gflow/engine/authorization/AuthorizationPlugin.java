package org.gflow.engine.authorization;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Camunda's authorization checks, with G-Flow's case visibility, its admin group, and queries decided once
 * when standing grants cover every row ({@link CoveringGrantsAuthorization}). */
@Component
class AuthorizationPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationEnabled(true);
        configuration.setResourceAuthorizationProvider(new CaseAuthorizationProvider());
        List<String> adminGroups =
                new ArrayList<>(configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups());
        if (!adminGroups.contains(RoleGrants.ADMINS)) {
            adminGroups.add(RoleGrants.ADMINS);
        }
        configuration.setAdminGroups(adminGroups);
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new CoveringGrantsAuthorization.Factory());
    }
}
