package org.gflow.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The three government processes are deployed once, and a designer's model deploys as it is. */
class GovernmentProcessesIT extends EngineIT {

    @Autowired
    RepositoryService repository;

    @Test
    void theThreeProcessesAreDeployedWithTenYearsOfHistory() {
        for (String key : new String[] {"hotline-1516", "document-approval", "permit"}) {
            ProcessDefinition definition = repository
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .latestVersion()
                    .singleResult();
            assertThat(definition).as(key).isNotNull();
            assertThat(definition.getHistoryTimeToLive()).as(key).isEqualTo(3650);
        }
    }

    @Test
    void deployingTheSameModelsAgainCreatesNothingNew() {
        long before = repository
                .createDeploymentQuery()
                .deploymentName(GFlowModelsPlugin.DEPLOYMENT_NAME)
                .count();
        new GFlowModelsPlugin().postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine());
        assertThat(repository
                        .createDeploymentQuery()
                        .deploymentName(GFlowModelsPlugin.DEPLOYMENT_NAME)
                        .count())
                .isEqualTo(before);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("permit")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aModelWithoutHistoryTimeToLiveGetsTheDefault() {
        String model = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions "
                + "xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"t\">"
                + "<process id=\"designer-model\" isExecutable=\"true\"><startEvent id=\"s\"/>"
                + "<sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"e\"/><endEvent id=\"e\"/></process></definitions>";
        String boundary = "gflow-model";
        String body =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"designer.bpmn\"\r\n"
                        + "Content-Type: application/xml\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
        Api.Reply reply = Api.as(baseUrl(), "admin")
                .postRaw(
                        "/engine-rest/deployment/create",
                        "multipart/form-data; boundary=" + boundary,
                        body.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("designer-model")
                .latestVersion()
                .singleResult();
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
    }

    @Test
    void cockpitAndAdminSignInAgainstTheDirectory() {
        Api.Reply cockpit = webappLogin("cockpit", "vilayvanh.opm", "demo");
        assertThat(cockpit.status()).as(cockpit.raw().body()).isEqualTo(200);
        assertThat(cockpit.json().path("authorizedApps").toString())
                .contains("cockpit")
                .doesNotContain("admin");
        assertThat(webappLogin("admin", "vilayvanh.opm", "demo").status()).isEqualTo(403);
        assertThat(webappLogin("cockpit", "vilayvanh.opm", "wrong").status()).isEqualTo(401);
        Api.Reply admin = webappLogin("admin", "admin", "demo");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().path("authorizedApps").toString())
                .contains("admin")
                .contains("cockpit");
    }

    private Api.Reply webappLogin(String app, String user, String password) {
        return Api.anonymous(baseUrl()).camundaWebappLogin(app, user, password);
    }

    @Test
    void theRestApiListsTheDirectorysPeopleInLao() {
        Api.Reply users = Api.as(baseUrl(), "admin").get("/engine-rest/user?memberOfGroup=bokeo-hotline-verifiers");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().toString()).contains("nalinh.bokeo").contains("ນາລິນ");
    }
}
