package org.gflow.engine.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.security.CurrentUser;
import org.junit.jupiter.api.Test;

/** The task list's filters: what reaches the work-item query, and what is refused. */
class TaskListRequestTest {

    private static final CurrentUser VERIFIER = new CurrentUser("nalinh.bokeo", List.of("bokeo-hotline-verifiers"));
    private static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

    private static TaskListRequest request(
            String scope, String org, String due, String createdAfter, String q, String sort, String order) {
        return new TaskListRequest(scope, null, org, due, createdAfter, q, sort, order, 0, 20, null);
    }

    @Test
    void defaultsListEverythingVisibleNewestFirst() {
        WorkItemQuery query = request(null, null, null, null, null, null, null).toQuery(VERIFIER, NOW);
        WorkItemQuery.Statement page = query.page("w.task_id", "", 0, 20);
        // read through the user's doors: assigned to, owned by, offered to them, offered to their group
        assertThat(page.sql())
                .contains(
                        "w.assignee = ?",
                        "w.owner_id = ?",
                        "p.kind = 'u' and p.party_id = ?",
                        "p.kind = 'g' and p.party_id = ?",
                        " union ")
                .contains("fetch first 21 rows only")
                // the page is cut from the doors' merged keys, then its rows are read in the same order
                .contains("w.task_id in (select d.task_id from (")
                .contains("d order by d.created_at desc, d.task_id desc offset 0 rows fetch next 21 rows only)")
                .endsWith("order by w.created_at desc, w.task_id desc");
        assertThat(page.parameters())
                .containsExactly("nalinh.bokeo", "nalinh.bokeo", "nalinh.bokeo", "bokeo-hotline-verifiers");
    }

    @Test
    void anAdminSeesEveryTask() {
        CurrentUser admin = new CurrentUser("admin", List.of(CurrentUser.ADMIN_GROUP));
        assertThat(request(null, null, null, null, null, null, null)
                        .toQuery(admin, NOW)
                        .keys(40, 20)
                        .sql())
                .doesNotContain("where")
                .contains("offset 40 rows fetch next 21 rows only");
    }

    @Test
    void groupsMeansOfferedToTheUsersGroupsAndNotClaimed() {
        WorkItemQuery groups =
                request("groups", "bokeo", null, null, null, "due", "asc").toQuery(VERIFIER, NOW);
        WorkItemQuery.Statement groupsPage = groups.keys(0, 20);
        assertThat(groupsPage.sql())
                .contains("g.kind = 'g' and g.party_id in (?)")
                .contains("w.assignee is null")
                .contains("o.party_id like ?")
                .contains("order by w.due_date asc");
        assertThat(groupsPage.parameters()).contains("bokeo-%");

        WorkItemQuery mine = request("mine", null, null, null, null, null, null).toQuery(VERIFIER, NOW);
        assertThat(mine.keys(0, 20).sql())
                .contains("w.assignee = ?")
                .doesNotContain("w.assignee is null", "w.owner_id = ?", "p.party_id = ?");
    }

    @Test
    void dueSoonIsWithinADayAndCreatedAfterIsLaoMidnight() {
        WorkItemQuery query =
                request(null, null, "soon", "2026-03-01", null, null, null).toQuery(VERIFIER, NOW);
        assertThat(query.keys(0, 20).parameters())
                .contains(
                        Timestamp.from(NOW),
                        Timestamp.from(NOW.plus(TaskListRequest.DUE_SOON)),
                        Timestamp.from(Instant.parse("2026-02-28T17:00:00Z")));
    }

    @Test
    void dueSoonEndsWhereTheWorkingDayCalendarSays() {
        Instant endOfNextWorkingDay = NOW.plus(java.time.Duration.ofDays(3));
        WorkItemQuery query =
                request(null, null, "soon", null, null, null, null).toQuery(VERIFIER, NOW, endOfNextWorkingDay);
        assertThat(query.keys(0, 20).parameters()).contains(Timestamp.from(NOW), Timestamp.from(endOfNextWorkingDay));
    }

    @Test
    void searchNeedsEveryWordAsATermPrefixWithWildcardsTakenLiterally() {
        TaskListRequest request = request(null, null, null, null, " 1516-2026_0%01 ", null, null);
        assertThat(request.searchTerms()).containsExactly("1516-2026_0%01");
        WorkItemQuery query = WorkItemQuery.visibleTo(VERIFIER).withTermPrefixes(List.of("1516-2026_0%01"));
        WorkItemQuery.Statement page = query.keys(0, 20);
        assertThat(page.sql()).contains("position(? in w.search_text) > 0");
        // a term of the row's search text starting with the word: the word after a space, as typed
        assertThat(page.parameters()).contains(" 1516-2026_0%01");
        assertThat(request(null, null, null, null, " ", null, null).searchTerms())
                .isEmpty();
    }

    @Test
    void laoIsSearchedByItsWordsWithOrWithoutSpaces() {
        assertThat(SearchTerms.ofQuery("ບ້ານນ້ຳແກ້ວ"))
                .containsExactlyElementsOf(SearchTerms.ofQuery("ບ້ານ ນ້ຳແກ້ວ"))
                .hasSizeGreaterThan(1);
        assertThat(SearchTerms.of("ໄຟຟ້າບ້ານນ້ຳແກ້ວ ດັບທຸກມື້")).containsAll(SearchTerms.ofQuery("ບ້ານນ້ຳແກ້ວ"));
        assertThat(SearchTerms.of("Water supply 1516-2026-000042")).contains("water", "supply", "1516-2026-000042");
        assertThat(SearchTerms.ofQuery("WATER 1516-2026")).containsExactly("water", "1516-2026");
    }

    @Test
    void badValuesAreRefusedNamingTheParameter() {
        assertThat(field(() -> request("everyone", null, null, null, null, null, null)))
                .isEqualTo("scope");
        assertThat(field(() -> request(null, null, "tomorrow", null, null, null, null)))
                .isEqualTo("due");
        assertThat(field(() -> request(null, "BOKEO')", null, null, null, null, null)))
                .isEqualTo("org");
        assertThat(field(() -> request(null, null, null, null, "x".repeat(201), null, null)))
                .isEqualTo("q");
        assertThat(field(() -> new TaskListRequest(null, null, null, null, null, null, null, null, 0, 101, null)))
                .isEqualTo("size");
        assertThat(field(() ->
                        request(null, null, null, "1 March", null, null, null).toQuery(VERIFIER, NOW)))
                .isEqualTo("createdAfter");
    }

    private static String field(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(BadRequestException.class);
        return ((BadRequestException) thrown).field();
    }

    @Test
    void caseFactsPreferTheTitleAndCutLongTexts() {
        assertThat(CaseFacts.title(Map.of("subject", "ແຈ້ງການ", "complaintText", "ຍາວ")))
                .isEqualTo("ແຈ້ງການ");
        String title = CaseFacts.title(Map.of("complaintText", "ກ".repeat(300)));
        assertThat(title).hasSize(160).endsWith("…");
        assertThat(CaseFacts.number(Map.of("registryNumber", "MOIC-2026-0001"))).isEqualTo("MOIC-2026-0001");
        assertThatThrownBy(() -> CaseFacts.title(null)).isInstanceOf(NullPointerException.class);
    }
}
