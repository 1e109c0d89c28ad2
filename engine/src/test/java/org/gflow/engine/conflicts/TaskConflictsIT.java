package org.gflow.engine.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Someone else was first: the second of two clients gets 409 with a code the web app translates
 * and a sentence without the engine's ids — on every kind of task — while an id that never
 * existed stays a 404.
 */
class TaskConflictsIT extends EngineIT {

    private Api admin;

    @BeforeEach
    void deployModel() {
        admin = Api.as(baseUrl(), "admin");
        ParallelJoins.deploy(admin);
    }

    @Test
    void aUserTaskCompletedByAColleagueIsAConflictForTheSecond() {
        String caseId = ParallelJoins.start(admin, "conflicts-" + UUID.randomUUID());
        String review = onlyTask(admin, caseId, "review");

        assertThat(ParallelJoins.completeUserTask(Api.as(baseUrl(), "admin"), review)
                        .status())
                .isEqualTo(204);
        Api.Reply second = ParallelJoins.completeUserTask(admin, review);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("error")).isEqualTo("task-already-completed");
        assertThat(second.text("message")).contains("Someone else").doesNotContain(review);
    }

    @Test
    void aTaskThatNeverExistedIsNotFound() {
        Api.Reply reply =
                ParallelJoins.completeUserTask(admin, UUID.randomUUID().toString());

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void claimingATaskSomeoneElseHoldsIsAConflict() {
        String caseId = ParallelJoins.start(admin, "conflicts-" + UUID.randomUUID());
        String review = onlyTask(admin, caseId, "review");
        assertThat(admin.post("/engine-rest/task/" + review + "/claim", Map.of("userId", "admin"))
                        .status())
                .isEqualTo(204);

        // another candidate claims it for herself a moment too late
        Api.Reply second = Api.as(baseUrl(), "phonsavanh.opm")
                .post("/engine-rest/task/" + review + "/claim", Map.of("userId", "phonsavanh.opm"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("error")).isEqualTo("task-claimed-by-other");
        assertThat(second.text("message")).doesNotContain(review);
    }

    @Test
    void anExternalTaskHeldOrDoneByAnotherWorkerIsAConflict() {
        String lane = "conflicts-" + UUID.randomUUID();
        ParallelJoins.start(admin, lane);
        Api.Reply fetched = ParallelJoins.fetchAndLock(admin, "worker-first", 1, lane);
        assertThat(fetched.json().size()).as(fetched.raw().body()).isEqualTo(1);
        String taskId = fetched.json().get(0).path("id").asText();

        Api.Reply rival = ParallelJoins.completeExternal(admin, "worker-rival", taskId);
        assertThat(rival.status()).isEqualTo(409);
        assertThat(rival.text("error")).isEqualTo("task-locked-by-other");

        assertThat(ParallelJoins.completeExternal(admin, "worker-first", taskId).status())
                .isEqualTo(204);
        Api.Reply again = ParallelJoins.completeExternal(admin, "worker-first", taskId);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("error")).isEqualTo("task-already-completed");
    }
}
