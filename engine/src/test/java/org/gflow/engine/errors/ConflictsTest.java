package org.gflow.engine.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** G-Flow's own API answers a lost race with 409, a stable code and words without the engine's ids. */
class ConflictsTest {

    private final ApiErrorAdvice advice = new ApiErrorAdvice();

    @Test
    void aTaskClaimedBySomeoneElseIsAConflictWithoutItsId() {
        ResponseEntity<ProblemDetail> answer =
                advice.engineFailure(new TaskAlreadyClaimedException("d3a8-task", "nalinh.bokeo"));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().getType())
                .hasToString("urn:gflow:problem:" + ConflictException.TASK_CLAIMED_BY_OTHER);
        assertThat(answer.getBody().getProperties()).containsEntry("code", ConflictException.TASK_CLAIMED_BY_OTHER);
        assertThat(answer.getBody().getDetail()).doesNotContain("d3a8");
    }

    @Test
    void aConflictWrappedByTheEngineIsStillRecognised() {
        ProcessEngineException wrapped = new ProcessEngineException(
                "Cannot complete",
                new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity[4711]' failed"));

        ResponseEntity<ProblemDetail> answer = advice.engineFailure(wrapped);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().getProperties()).containsEntry("code", ConflictException.CONCURRENT_CHANGE);
        assertThat(answer.getBody().getDetail()).doesNotContain("4711");
    }

    @Test
    void anOrdinaryEngineFailureIsNoConflict() {
        assertThat(Conflicts.find(new ProcessEngineException("disk full"))).isEmpty();
    }
}
