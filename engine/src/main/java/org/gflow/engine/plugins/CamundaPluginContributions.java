package org.gflow.engine.plugins;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.gflow.engine.deployment.ModelDeployments;
import org.gflow.engine.documents.DocumentLayouts;
import org.gflow.plugin.api.PluginResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A plugin's forms and models become one Camunda deployment per plugin version, named
 * {@code plugin:<symbolic name>} with duplicate filtering; its document layouts go to the
 * engine's layouts. Deployed as the engine, not as the admin who uploaded the jar: installing a
 * plugin is the admin API's permission, Camunda's authorizations are for cases.
 */
final class CamundaPluginContributions implements PluginContributions {

    private static final Logger LOG = LoggerFactory.getLogger(CamundaPluginContributions.class);

    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final ObjectProvider<DocumentLayouts> layouts;

    CamundaPluginContributions(RepositoryService repositoryService, IdentityService identityService,
                               ObjectProvider<DocumentLayouts> layouts) {
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.layouts = layouts;
    }

    static String source(String symbolicName) {
        return "plugin:" + symbolicName;
    }

    @Override
    public void publish(PluginJar jar) {
        Map<String, byte[]> resources = new TreeMap<>();
        jar.deployableResources().forEach((name, bytes) -> resources.put(name.substring(name.lastIndexOf('/') + 1), bytes));
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            new ModelDeployments(repositoryService).deploy(source(jar.symbolicName()), "plugin", resources)
                .ifPresent(deployment -> LOG.info("Plugin {} {}: deployment {} ({} resources)", jar.symbolicName(),
                    jar.version(), deployment.getId(), resources.size()));
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
        DocumentLayouts documentLayouts = layouts.getIfAvailable();
        if (documentLayouts != null) {
            jar.fileNames(PluginResources.DOCUMENTS, ".json").forEach(fileName -> documentLayouts.register(
                source(jar.symbolicName()), fileName, jar.resources().get(PluginResources.DOCUMENTS + fileName)));
        }
    }

    @Override
    public void withdraw(String symbolicName) {
        // Deployments stay: cases started on a plugin's models keep running on them.
        layouts.ifAvailable(documentLayouts -> documentLayouts.unregisterAll(source(symbolicName)));
    }
}
