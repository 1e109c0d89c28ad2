package org.gflow.engine.inbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gflow.engine.security.CurrentUser;

/**
 * A query over the inbox's work items ({@code gflow_work_item w}), always limited to what the
 * user may see — the rule the engine's task authorizations give: a task offered to one of the
 * user's groups or to the user, or assigned to or owned by them; an admin sees every task.
 */
final class WorkItemQuery {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private String order = "w.created_at desc";

    private WorkItemQuery() {}

    static WorkItemQuery visibleTo(CurrentUser user) {
        WorkItemQuery query = new WorkItemQuery();
        if (user.isAdmin()) {
            return query;
        }
        List<Object> parameters = new ArrayList<>(List.of(user.id(), user.id(), user.id()));
        parameters.addAll(user.groupIds());
        // each row checked by its own parties (an index look-up by task), so a page walks the newest
        // work items and stops at the page's end; an uncorrelated "task_id in (all my tasks)" under
        // this OR was evaluated again for every row on H2
        return query.where(
                "(w.assignee = ? or w.owner_id = ? or exists (select 1 from gflow_work_item_party p "
                        + "where p.task_id = w.task_id and ((p.kind = 'u' and p.party_id = ?)"
                        + groupsClause(user.groupIds()) + ")))",
                parameters.toArray());
    }

    /** Only tasks offered to one of these groups. */
    WorkItemQuery offeredToGroups(List<String> groupIds) {
        if (groupIds.isEmpty()) {
            return where("1 = 0");
        }
        return where(
                "w.task_id in (select g.task_id from gflow_work_item_party g where g.kind = 'g' and g.party_id in ("
                        + placeholders(groupIds.size()) + "))",
                groupIds.toArray());
    }

    /**
     * Only tasks with a search term starting with this one, checked on each row the page walks (an
     * index look-up of the row's own terms): cheap when the term is common, because the page fills
     * after a few rows.
     */
    WorkItemQuery withTermPrefix(String term) {
        return where(
                "exists (select 1 from gflow_work_item_term s where s.task_id = w.task_id and s.term like ? escape '\\')",
                prefixPattern(term));
    }

    /**
     * Only tasks with a search term starting with this one, read from the term index once and the
     * work items looked up by their key: cheap when the term is rare.
     */
    WorkItemQuery drivenByTermPrefix(String term) {
        return where(
                "w.task_id in (select d.task_id from gflow_work_item_term d where d.term like ? escape '\\')",
                prefixPattern(term));
    }

    /** A LIKE pattern for terms starting with this one, its wildcards taken literally. */
    static String prefixPattern(String term) {
        return SearchTerms.prefixPattern(term);
    }

    WorkItemQuery where(String condition, Object... values) {
        conditions.add(condition);
        Collections.addAll(parameters, values);
        return this;
    }

    /** Sorted by a column, then by task id so that pages never overlap. */
    WorkItemQuery orderBy(String column, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        order = column + direction + ", w.task_id" + direction;
        return this;
    }

    /** One page, asking for one row more than shown to learn whether there is a next page. */
    String pageSql(String columns, int first, int size) {
        return "select " + columns + " from gflow_work_item w" + whereClause() + " order by " + order + " offset "
                + first + " rows fetch next " + (size + 1) + " rows only";
    }

    String countSql() {
        return "select count(*) from gflow_work_item w" + whereClause();
    }

    Object[] parameters() {
        return parameters.toArray();
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String groupsClause(List<String> groupIds) {
        return groupIds.isEmpty() ? "" : " or (p.kind = 'g' and p.party_id in (" + placeholders(groupIds.size()) + "))";
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
