package org.gflow.engine.plugins;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.gflow.engine.deployment.ModelDeployments;
import org.gflow.engine.documents.layout.DocumentLayouts;
import org.gflow.plugin.api.PluginResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A plugin's forms and models become one Camunda deployment per plugin version, named
 * {@code plugin:<symbolic name>} with duplicate filtering; its document layouts go to the
 * engine's layouts. Texts that forms and layouts take from the plugin's messages
 * ({@code msg:<key>}) are filled in first. Deployed as the engine, not as the admin who uploaded the jar: installing a
 * plugin is the admin API's permission, Camunda's authorizations are for cases.
 */
final class CamundaPluginContributions implements PluginContributions {

    private static final Logger LOG = LoggerFactory.getLogger(CamundaPluginContributions.class);

    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final ObjectProvider<DocumentLayouts> layouts;

    CamundaPluginContributions(
            RepositoryService repositoryService,
            IdentityService identityService,
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
        MessageReferences texts = new MessageReferences(BundleMessages.of(jar));
        Map<String, byte[]> resources = new TreeMap<>();
        jar.deployableResources()
                .forEach((name, bytes) -> resources.put(
                        name.substring(name.lastIndexOf('/') + 1),
                        name.endsWith(".form") ? texts.resolve(name, bytes) : bytes));
        // every text resolved before anything is deployed: a missing message refuses the plugin whole
        Map<String, byte[]> documents = new TreeMap<>();
        jar.fileNames(PluginResources.DOCUMENTS, ".json")
                .forEach(fileName -> documents.put(
                        fileName,
                        texts.resolve(
                                PluginResources.DOCUMENTS + fileName,
                                jar.resources().get(PluginResources.DOCUMENTS + fileName))));
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            new ModelDeployments(repositoryService)
                    .deploy(source(jar.symbolicName()), "plugin", resources)
                    .ifPresent(deployment -> LOG.info(
                            "Plugin {} {}: deployment {} ({} resources)",
                            jar.symbolicName(),
                            jar.version(),
                            deployment.getId(),
                            resources.size()));
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
        DocumentLayouts documentLayouts = layouts.getIfAvailable();
        if (documentLayouts != null) {
            documents.forEach(
                    (fileName, layout) -> documentLayouts.register(source(jar.symbolicName()), fileName, layout));
        }
    }

    @Override
    public void withdraw(String symbolicName) {
        // Deployments stay: cases started on a plugin's models keep running on them.
        layouts.ifAvailable(documentLayouts -> documentLayouts.unregisterAll(source(symbolicName)));
    }
}
