package org.gflow.engine.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader of the engine's REST door — a remote worker fetching, an operator listing — gets only
 * the tasks its grants allow, whether its grants cover every case (decided once per query) or one
 * ministry's model (decided per row): a grant on one model shows and fetches nothing of another, a
 * revocation on a model holds even for a reader whose grants cover every model, and an
 * administrator sees every case.
 */
class CoveringGrantsAuthorizationIT extends EngineIT {

    private static final String ONE_MODEL_WORKER = "nalinh.bokeo";
    private static final String EVERY_MODEL_WORKER = "sengphet.bokeo";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ExternalTaskService externalTaskService;

    @Autowired
    AuthorizationService authorizationService;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<Authorization> granted = new ArrayList<>();
    private final List<String> cases = new ArrayList<>();
    private String permitTask;
    private String letterTask;

    @BeforeEach
    void oneCaseOfEachOfTwoModels() {
        permitTask = openTask("permit");
        letterTask = openTask("letter");
    }

    @AfterEach
    void takeBackTheGrants() {
        granted.forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }

    @Test
    void aWorkerGrantedOneModelFetchesOnlyThatModelsTasks() {
        grant(Authorization.AUTH_TYPE_GRANT, ONE_MODEL_WORKER, model("permit"));

        assertThat(fetch(ONE_MODEL_WORKER)).containsExactly(permitTask);
    }

    @Test
    void aWorkerGrantedEveryModelFetchesEveryTaskExceptWhereARevocationSaysOtherwise() {
        grant(Authorization.AUTH_TYPE_GRANT, EVERY_MODEL_WORKER, "*");
        Authorization revoked = grant(Authorization.AUTH_TYPE_REVOKE, EVERY_MODEL_WORKER, model("letter"));

        assertThat(fetch(EVERY_MODEL_WORKER)).as("the letter model is revoked").containsExactly(permitTask);

        externalTaskService.unlock(permitTask);
        authorizationService.deleteAuthorization(revoked.getId());
        granted.remove(revoked);
        assertThat(fetch(EVERY_MODEL_WORKER)).containsExactlyInAnyOrder(permitTask, letterTask);
    }

    @Test
    void aWorkerWithoutGrantsFetchesNothing() {
        assertThat(fetch(ONE_MODEL_WORKER)).isEmpty();
    }

    @Test
    void aListOfTasksShowsWhatTheGrantsAllowAndNoMore() {
        grant(Authorization.AUTH_TYPE_GRANT, ONE_MODEL_WORKER, model("permit"));
        grant(Authorization.AUTH_TYPE_GRANT, EVERY_MODEL_WORKER, "*");

        assertThat(list(ONE_MODEL_WORKER)).containsExactly(permitTask);
        assertThat(list(EVERY_MODEL_WORKER)).containsExactlyInAnyOrder(permitTask, letterTask);

        grant(Authorization.AUTH_TYPE_REVOKE, EVERY_MODEL_WORKER, model("letter"));
        assertThat(list(EVERY_MODEL_WORKER)).as("the letter model is revoked").containsExactly(permitTask);
    }

    @Test
    void anAdministratorListsEveryCase() {
        assertThat(list("admin")).containsExactlyInAnyOrder(permitTask, letterTask);
    }

    private String openTask(String kind) {
        repositoryService
                .createDeployment()
                .name("it-worker-fetch")
                .addModelInstance(
                        model(kind) + ".bpmn",
                        Bpmn.createExecutableProcess(model(kind))
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("work")
                                .camundaExternalTask(topic(kind))
                                .endEvent()
                                .done())
                .deploy();
        String caseId = runtimeService.startProcessInstanceByKey(model(kind)).getId();
        cases.add(caseId);
        return externalTaskService
                .createExternalTaskQuery()
                .processInstanceId(caseId)
                .singleResult()
                .getId();
    }

    private List<String> fetch(String worker) {
        Api.Reply reply = Api.as(baseUrl(), worker)
                .post(
                        "/engine-rest/external-task/fetchAndLock",
                        Map.of(
                                "workerId",
                                worker,
                                "maxTasks",
                                10,
                                "topics",
                                List.of(
                                        Map.of("topicName", topic("permit"), "lockDuration", 60_000),
                                        Map.of("topicName", topic("letter"), "lockDuration", 60_000))));
        return ids(reply);
    }

    /** The external tasks of this test's cases the reader may see, as Cockpit lists them. */
    private List<String> list(String reader) {
        Api.Reply reply =
                Api.as(baseUrl(), reader).post("/engine-rest/external-task", Map.of("processInstanceIdIn", cases));
        return ids(reply);
    }

    private static List<String> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode task : reply.json()) {
            ids.add(task.path("id").asText());
        }
        return ids;
    }

    private Authorization grant(int type, String user, String definitionKey) {
        Authorization grant = authorizationService.createNewAuthorization(type);
        grant.setUserId(user);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(definitionKey);
        if (type == Authorization.AUTH_TYPE_REVOKE) {
            grant.removePermission(ProcessDefinitionPermissions.READ_INSTANCE);
        } else {
            grant.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
            grant.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
        }
        authorizationService.saveAuthorization(grant);
        granted.add(grant);
        return grant;
    }

    private String model(String kind) {
        return "it-worker-fetch-" + kind + "-" + run;
    }

    private String topic(String kind) {
        return "it.worker-fetch." + kind + "." + run;
    }
}
