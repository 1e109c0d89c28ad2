package org.gflow.engine.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys G-Flow's government processes (the {@code gflow-processes} jar: BPMN, DMN and their
 * default forms) as soon as the engine is built, before it serves any request.
 */
@Component
class GFlowModelsPlugin extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "gflow-processes";
    private static final Logger LOG = LoggerFactory.getLogger(GFlowModelsPlugin.class);
    private static final String[] PATTERNS = {
        "classpath*:gflow/processes/*.bpmn", "classpath*:gflow/processes/*.dmn", "classpath*:gflow/forms/*.form"
    };

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Map<String, byte[]> resources = readModels();
        new ModelDeployments(engine.getRepositoryService())
                .deploy(DEPLOYMENT_NAME, "gflow", resources)
                .ifPresent(deployment -> LOG.info(
                        "G-Flow processes: deployment {} ({} resources)", deployment.getId(), resources.size()));
    }

    private static Map<String, byte[]> readModels() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, byte[]> resources = new TreeMap<>();
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : resolver.getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        resources.put(resource.getFilename(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read G-Flow's process models", e);
        }
        return resources;
    }
}
