package org.gflow.engine.deployment;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;

/**
 * Deploys a named set of models and forms — G-Flow's own processes, or one plugin version's
 * resources — as one Camunda deployment with duplicate filtering: deploying the same bytes
 * again (after a restart, or reinstalling the same plugin) creates nothing, and cases that
 * already run keep the definition version they started on.
 */
public class ModelDeployments {

    private final RepositoryService repositoryService;

    public ModelDeployments(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /**
     * @param name the deployment's name, stable per source (e.g. {@code gflow-processes} or
     *             {@code plugin:moic-business-licence}); duplicate filtering compares within it
     * @param source the deployment source Cockpit shows, e.g. {@code gflow} or {@code plugin}
     * @param resources resource names (e.g. {@code permit.bpmn}) to their bytes
     * @return the deployment holding these resources: a new one, or the latest existing one
     *         when nothing changed; empty when there was nothing to deploy
     */
    public Optional<DeploymentWithDefinitions> deploy(String name, String source, Map<String, byte[]> resources) {
        if (resources.isEmpty()) {
            return Optional.empty();
        }
        DeploymentBuilder builder =
                repositoryService.createDeployment().name(name).source(source).enableDuplicateFiltering(false);
        resources.forEach(
                (resourceName, bytes) -> builder.addInputStream(resourceName, new ByteArrayInputStream(bytes)));
        return Optional.of(builder.deployWithResult());
    }
}
