package org.gflow.processes.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gflow.processes.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deploys everything this jar ships in one deployment, as the engine does, and checks that
 * tasks find their Camunda Forms through {@code formRefBinding="latest"}.
 */
class ShippedResourcesDeployTest extends ProcessTest {

    private Deployment deployment;

    @BeforeEach
    void deployEverythingShipped() {
        DeploymentBuilder builder =
                engine.getRepositoryService().createDeployment().name("gflow-processes");
        for (Path file : ModelResources.files(ModelResources.MODELS, "")) {
            builder.addClasspathResource(ModelResources.resourceName(ModelResources.MODELS, file));
        }
        for (Path file : ModelResources.files(ModelResources.FORMS, ".form")) {
            builder.addClasspathResource(ModelResources.resourceName(ModelResources.FORMS, file));
        }
        deployment = builder.deploy();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }

    @Test
    void allModelsAndFormsDeployTogether() throws IOException {
        assertThat(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .deploymentId(deployment.getId())
                        .count())
                .isEqualTo(3);
        assertThat(engine.getRepositoryService()
                        .createDecisionDefinitionQuery()
                        .deploymentId(deployment.getId())
                        .count())
                .isEqualTo(3);
        assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()))
                .filteredOn(name -> name.endsWith(".form"))
                .hasSize(shippedForms());
    }

    @Test
    void startAndTaskFormsResolve() throws IOException {
        String startDefinition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("permit")
                .singleResult()
                .getId();
        assertThat(formId(engine.getFormService().getDeployedStartForm(startDefinition)))
                .isEqualTo("permit-application");

        Map<String, Object> application = new HashMap<>();
        application.put("permitType", "transport-licence");
        application.put("applicantName", "ບໍລິສັດ ຂົນສົ່ງ ລາວ");
        application.put("businessSize", "medium");
        application.put("investmentAmount", 100_000_000L);
        ProcessInstance permit = runtime().startProcessInstanceByKey("permit", "APP-1", application);
        completeTask(permit, "checkCompleteness", Map.of("documentsComplete", true));

        Task review = openTask(permit, "technicalReview");
        assertThat(formId(engine.getFormService().getDeployedTaskForm(review.getId())))
                .isEqualTo("permit-review");
    }

    private static String formId(InputStream form) throws IOException {
        try (form) {
            return new ObjectMapper().readTree(form).get("id").asText();
        }
    }

    /** Every form file the module ships, counted where they are kept. */
    private static int shippedForms() throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("src/main/resources/gflow/forms"))) {
            return (int) forms.filter(form -> form.toString().endsWith(".form")).count();
        }
    }
}
