package org.gflow.engine.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.TaskQuery;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.security.CurrentUser;
import org.junit.jupiter.api.Test;

/** The task list's filters: what reaches Camunda's query, and what is refused. */
class TaskListRequestTest {

    private static final CurrentUser VERIFIER = new CurrentUser("nalinh.bokeo", List.of("bokeo-hotline-verifiers"));
    private static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

    private static TaskListRequest request(String scope, String org, String due, String createdAfter, String q, String sort,
                                           String order) {
        return new TaskListRequest(scope, null, org, due, createdAfter, q, sort, order, 0, 20);
    }

    @Test
    void defaultsListEverythingVisibleNewestFirst() {
        TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);
        request(null, null, null, null, null, null, null).applyTo(query, VERIFIER, NOW);
        verify(query).orderByTaskCreateTime();
        verify(query).desc();
        verify(query, never()).taskAssignee(anyString());
        verify(query, never()).taskCandidateGroupIn(any());
    }

    @Test
    void groupsMeansOfferedToTheUsersGroupsAndAnOrgKeepsClaimedTasksInOtherScopes() {
        TaskQuery groups = mock(TaskQuery.class, RETURNS_SELF);
        request("groups", "bokeo", null, null, null, "due", "asc").applyTo(groups, VERIFIER, NOW);
        verify(groups).taskCandidateGroupIn(List.of("bokeo-hotline-verifiers"));
        verify(groups).taskCandidateGroupLike("bokeo-%");
        verify(groups, never()).includeAssignedTasks();
        verify(groups).orderByDueDate();
        verify(groups).asc();

        TaskQuery mine = mock(TaskQuery.class, RETURNS_SELF);
        request("mine", "bokeo", null, null, null, null, null).applyTo(mine, VERIFIER, NOW);
        verify(mine).taskAssignee("nalinh.bokeo");
        verify(mine).includeAssignedTasks();
    }

    @Test
    void dueSoonIsWithinADayAndCreatedAfterIsLaoMidnight() {
        TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);
        request(null, null, "soon", "2026-03-01", null, null, null).applyTo(query, VERIFIER, NOW);
        verify(query).dueAfter(Date.from(NOW));
        verify(query).dueBefore(Date.from(NOW.plus(TaskListRequest.DUE_SOON)));
        verify(query).taskCreatedAfter(Date.from(Instant.parse("2026-02-28T17:00:00Z")));
    }

    @Test
    void searchLooksInTheTaskNameAndEveryCaseVariableOfOneOrQuery() {
        TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);
        TaskQuery anyOf = mock(TaskQuery.class, RETURNS_SELF);
        when(query.or()).thenReturn(anyOf);
        request(null, null, null, null, " 1516-2026_0%01 ", null, null).applyTo(query, VERIFIER, NOW);
        verify(anyOf).taskNameLike("%1516-2026001%");
        CaseFacts.ALL.forEach(name -> verify(anyOf).processVariableValueLike(name, "%1516-2026001%"));
        verify(anyOf).endOr();
    }

    @Test
    void badValuesAreRefusedNamingTheParameter() {
        assertThat(field(() -> request("everyone", null, null, null, null, null, null))).isEqualTo("scope");
        assertThat(field(() -> request(null, null, "tomorrow", null, null, null, null))).isEqualTo("due");
        assertThat(field(() -> request(null, "BOKEO')", null, null, null, null, null))).isEqualTo("org");
        assertThat(field(() -> request(null, null, null, null, "x".repeat(201), null, null))).isEqualTo("q");
        assertThat(field(() -> new TaskListRequest(null, null, null, null, null, null, null, null, 0, 101))).isEqualTo("size");
        assertThat(field(() -> request(null, null, null, "1 March", null, null, null)
            .applyTo(mock(TaskQuery.class, RETURNS_SELF), VERIFIER, NOW))).isEqualTo("createdAfter");
    }

    private static String field(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(BadRequestException.class);
        return ((BadRequestException) thrown).field();
    }

    @Test
    void caseFactsPreferTheTitleAndCutLongTexts() {
        assertThat(CaseFacts.title(Map.of("subject", "ແຈ້ງການ", "complaintText", "ຍາວ"))).isEqualTo("ແຈ້ງການ");
        String title = CaseFacts.title(Map.of("complaintText", "ກ".repeat(300)));
        assertThat(title).hasSize(160).endsWith("…");
        assertThat(CaseFacts.number(Map.of("registryNumber", "MOIC-2026-0001"))).isEqualTo("MOIC-2026-0001");
        assertThatThrownBy(() -> CaseFacts.title(null)).isInstanceOf(NullPointerException.class);
    }
}
