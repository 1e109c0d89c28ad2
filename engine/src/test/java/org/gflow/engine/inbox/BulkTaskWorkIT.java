package org.gflow.engine.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * Bulk task work ({@code POST /api/inbox/tasks/bulk}): each task goes through the engine's own
 * rules, each gets its own outcome, and a task that is refused or contested changes nothing.
 */
class BulkTaskWorkIT extends EngineIT {

    private static final String OPERATOR = "phonsavanh.opm";
    private static final String TRIAGE = "vilayvanh.opm";
    private static final String BOKEO_VERIFIER = "nalinh.bokeo";

    @Test
    void claimingTenTasksReportsEachOutcomeAndChangesNothingElse() {
        Api triage = Api.as(baseUrl(), TRIAGE);
        Api admin = Api.as(baseUrl(), "admin");
        List<String> triageTasks = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            triageTasks.add(onlyTask(triage, startComplaint(i), "triageComplaint"));
        }
        // two are already someone else's
        List<String> takenByOthers = triageTasks.subList(0, 2);
        for (String task : takenByOthers) {
            assertThat(admin.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "admin"))
                            .status())
                    .isEqualTo(204);
        }
        // and one belongs to another organisation (Bokeo's verifiers)
        String otherCase = startComplaint(9);
        completeTask(triage, otherCase, "triageComplaint", Map.of("variables", Map.of()));
        String bokeoTask = onlyTask(Api.as(baseUrl(), BOKEO_VERIFIER), otherCase, "verifyComplaint");

        List<String> chosen = new ArrayList<>(triageTasks);
        chosen.add(bokeoTask);
        Api.Reply reply = triage.post("/api/inbox/tasks/bulk", Map.of("action", "claim", "taskIds", chosen));

        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        Map<String, JsonNode> outcomes = new HashMap<>();
        reply.json()
                .path("outcomes")
                .forEach(outcome -> outcomes.put(outcome.path("taskId").asText(), outcome));
        assertThat(outcomes).hasSize(10);
        for (String task : triageTasks.subList(2, 9)) {
            assertThat(outcomes.get(task).path("outcome").asText()).as(task).isEqualTo("done");
            assertThat(assignee(task)).isEqualTo(TRIAGE);
        }
        for (String task : takenByOthers) {
            assertThat(outcomes.get(task).path("outcome").asText()).isEqualTo("conflict");
            assertThat(outcomes.get(task).path("code").asText()).isEqualTo("task-claimed-by-other");
            assertThat(assignee(task)).isEqualTo("admin");
        }
        assertThat(outcomes.get(bokeoTask).path("outcome").asText()).isEqualTo("refused");
        assertThat(outcomes.get(bokeoTask).path("code").asText()).isEqualTo("forbidden");
        assertThat(assignee(bokeoTask)).isNull();
    }

    @Test
    void releasingAndHandingOverGoThroughTheSameRules() {
        Api triage = Api.as(baseUrl(), TRIAGE);
        String mine = onlyTask(triage, startComplaint(0), "triageComplaint");
        String notMine = onlyTask(triage, startComplaint(1), "triageComplaint");
        assertThat(triage.post("/engine-rest/task/" + mine + "/claim", Map.of("userId", TRIAGE))
                        .status())
                .isEqualTo(204);
        Api.as(baseUrl(), "admin").post("/engine-rest/task/" + notMine + "/claim", Map.of("userId", "admin"));

        // a handover outside the organisation is refused with the engine's own reason
        Api.Reply handover = triage.post(
                "/api/inbox/tasks/bulk", Map.of("action", "handover", "taskIds", List.of(mine), "userId", "keo.moic"));
        assertThat(handover.json().path("outcomes").get(0).path("outcome").asText())
                .isEqualTo("refused");
        assertThat(handover.json().path("outcomes").get(0).path("code").asText())
                .isEqualTo("outside-organisation");
        assertThat(assignee(mine)).isEqualTo(TRIAGE);

        Api.Reply release =
                triage.post("/api/inbox/tasks/bulk", Map.of("action", "release", "taskIds", List.of(mine, notMine)));
        JsonNode outcomes = release.json().path("outcomes");
        assertThat(outcomes.get(0).path("outcome").asText()).isEqualTo("done");
        assertThat(outcomes.get(1).path("outcome").asText()).isEqualTo("refused");
        assertThat(outcomes.get(1).path("code").asText()).isEqualTo("not-task-holder");
        assertThat(assignee(mine)).isNull();
        assertThat(assignee(notMine)).isEqualTo("admin");

        // triage asks for a judgement per complaint: its model does not allow completing it in bulk
        Api.Reply complete =
                triage.post("/api/inbox/tasks/bulk", Map.of("action", "complete", "taskIds", List.of(mine)));
        assertThat(complete.json().path("outcomes").get(0).path("code").asText())
                .isEqualTo("not-bulk-completable");
        assertThat(assignee(mine)).isNull();

        Api.Reply unknown = triage.post("/api/inbox/tasks/bulk", Map.of("action", "archive", "taskIds", List.of(mine)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("field").asText()).isEqualTo("action");
    }

    private String assignee(String taskId) {
        JsonNode task =
                Api.as(baseUrl(), "admin").get("/engine-rest/task/" + taskId).json();
        return task.path("assignee").isNull() ? null : task.path("assignee").asText();
    }

    private String startComplaint(int i) {
        return Api.as(baseUrl(), OPERATOR)
                .startPhoneComplaint("ທາງເປັນຂຸມ ບ້ານໂພນສະຫວັນ " + i, "public-service", "bokeo");
    }
}
