package org.gflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the engine's integration tests: the whole engine — Camunda, the embedded directory,
 * dispatch, the plugin host, security — on an in-memory H2 and a random port. Every subclass
 * shares this one Spring context, so it starts once per run: add no per-class properties or
 * mock beans here or in subclasses.
 */
@SpringBootTest(classes = GFlowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("engine")
public abstract class EngineIT {

    @LocalServerPort
    protected int port;

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The one open task of this key in a case, as the user sees it through the REST API; waits for it. */
    protected String onlyTask(Api user, String caseId, String taskKey) {
        String query = "/engine-rest/task?processInstanceId=" + caseId + "&taskDefinitionKey=" + taskKey;
        Api.eventually(taskKey + " is offered", () -> user.get(query).json().size() == 1);
        return user.get(query).json().get(0).path("id").asText();
    }

    /** Completes that task as the user, with a body of Camunda's REST API ({@code {"variables": …}}). */
    protected void completeTask(Api user, String caseId, String taskKey, Object body) {
        Api.Reply reply = user.post("/engine-rest/task/" + onlyTask(user, caseId, taskKey) + "/complete", body);
        assertThat(reply.status()).as(taskKey + ": " + reply.raw().body()).isIn(200, 204);
    }

    /** The id of the case with this business key (a tracking number, a reference); waits for it. */
    protected String caseIdOf(String businessKey) {
        Api admin = Api.as(baseUrl(), "admin");
        String query = "/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey;
        Api.eventually(
                businessKey + " is on record", () -> admin.get(query).json().size() == 1);
        return admin.get(query).json().get(0).path("id").asText();
    }

    /** Has the case ended (read from its history, as an administrator)? */
    protected boolean caseEnded(String caseId) {
        return !Api.as(baseUrl(), "admin")
                .get("/engine-rest/history/process-instance/" + caseId)
                .json()
                .path("endTime")
                .isNull();
    }

    /** The value of a case variable, from its history (so also after the case has ended). */
    protected JsonNode caseVariable(String caseId, String name) {
        JsonNode found = Api.as(baseUrl(), "admin")
                .get("/engine-rest/history/variable-instance?processInstanceId=" + caseId + "&variableName=" + name)
                .json();
        assertThat(found.size()).as(name).isGreaterThan(0);
        return found.get(0).path("value");
    }
}
