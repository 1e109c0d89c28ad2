package org.gflow.engine.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.gflow.engine.security.CurrentUser;

/**
 * A query over the inbox's work items ({@code gflow_work_item w}), always limited to what the
 * user may see — the rule the engine's task authorizations give: a task offered to one of the
 * user's groups or to the user, or assigned to or owned by them; an admin sees every task.
 *
 * <p>Each of those ways in is a <em>door</em>: an index range of the user's own work items in the
 * order they were created (assigned to me, owned by me, offered to me, offered to each of my
 * groups). A page in creation order reads the newest rows behind each door, as many as the page
 * needs, and merges them, so it costs in proportion to the page — not to every open task, and not
 * to the share of them the user may see, which is what walking all work items and testing each
 * row's parties cost. Other orders, and searches driven by a rare term, walk the work items and
 * test each row's visibility.
 */
final class WorkItemQuery {

    /** A statement with its parameters, in order. */
    record Statement(String sql, Object[] parameters) {}

    /**
     * One way a work item reaches the user: rows of one index range, the newest first. The index's
     * columns end with the creation time and the task id, which is what the door reads.
     * {@code ownSearchText} is the search text on the row the door reads ({@link #wordsOnDoorRows}); a
     * door over another table than the work items joins them by {@code itemJoin} when the page tests
     * something of the work item.
     */
    private record Door(
            String table,
            String itemJoin,
            String condition,
            List<Object> parameters,
            List<String> indexColumns,
            String ownSearchText) {

        /** The door's rows, joined to their work items only when the page tests them. */
        String from(boolean testsItems) {
            return testsItems ? table + itemJoin : table;
        }

        String taskId() {
            return indexColumns.get(indexColumns.size() - 1);
        }

        String createdAt() {
            return indexColumns.get(indexColumns.size() - 2);
        }

        /** Where this door tests search words: on its own row, or on the work item. */
        String searchText(boolean onOwnRow) {
            return onOwnRow ? ownSearchText : ITEM_SEARCH_TEXT;
        }
    }

    /** A work item's search words as one text ({@link SearchTerms#asText}). */
    private static final String ITEM_SEARCH_TEXT = "w.search_text";

    private final List<Door> doors;
    private final String visibility;
    private final List<Object> visibilityParameters;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    /** Words each work item must hold ({@link #withTermPrefixes}), as found in its search text. */
    private final List<String> testedTerms = new ArrayList<>();

    private boolean wordsOnDoorRows;

    private String sortColumn = "w.created_at";
    private boolean ascending;
    private boolean drivenByTerm;

    private WorkItemQuery(List<Door> doors, String visibility, List<Object> visibilityParameters) {
        this.doors = doors;
        this.visibility = visibility;
        this.visibilityParameters = visibilityParameters;
    }

    static WorkItemQuery visibleTo(CurrentUser user) {
        if (user.isAdmin()) {
            return new WorkItemQuery(null, null, List.of());
        }
        List<Object> parameters = new ArrayList<>(List.of(user.id(), user.id(), user.id()));
        parameters.addAll(user.groupIds());
        // each row checked by its own parties (an index look-up by task); an uncorrelated
        // "task_id in (all my tasks)" under this OR was evaluated again for every row on H2
        String visibility = "(w.assignee = ? or w.owner_id = ? or exists (select 1 from gflow_work_item_party p "
                + "where p.task_id = w.task_id and ((p.kind = 'u' and p.party_id = ?)"
                + groupsClause(user.groupIds()) + ")))";
        List<Door> doors =
                new ArrayList<>(List.of(assigneeDoor(user.id()), ownerDoor(user.id()), partyDoor('u', user.id())));
        user.groupIds().stream().distinct().forEach(group -> doors.add(partyDoor('g', group)));
        return new WorkItemQuery(doors, visibility, parameters);
    }

    /** Only tasks assigned to the user: one door. */
    WorkItemQuery assignedTo(CurrentUser user) {
        where("w.assignee = ?", user.id());
        if (doors != null) {
            doors.retainAll(List.of(assigneeDoor(user.id())));
        }
        return this;
    }

    /** Only tasks offered to one of these groups: their doors. */
    WorkItemQuery offeredToGroups(List<String> groupIds) {
        if (groupIds.isEmpty()) {
            return where("1 = 0");
        }
        if (doors != null) {
            List<Door> groupDoors =
                    groupIds.stream().map(group -> partyDoor('g', group)).toList();
            doors.retainAll(groupDoors);
        }
        return where(
                "exists (select 1 from gflow_work_item_party g where g.task_id = w.task_id and g.kind = 'g' "
                        + "and g.party_id in (" + placeholders(groupIds.size()) + "))",
                groupIds.toArray());
    }

    /**
     * Only tasks with, for each of these terms, a search term starting with it — tested on each row
     * the page walks, in the row's own search text ({@link SearchTerms#asText}): cheap when
     * the terms are common, because the page fills after a few rows. Looking up each row's terms in
     * the term table instead cost more than the rest of the page; as one {@code exists} per term,
     * PostgreSQL also joined a dozen copies of that table for a case's title. The test is a position
     * in the text, not a LIKE pattern: PostgreSQL planned a statement with LIKE patterns anew for each
     * search (2 ms for a page read through the doors, which then ran in 1 ms), where a position leaves
     * the plan the same for every word, so the statement's plan is kept; and it takes the word's
     * wildcards literally without escaping.
     */
    WorkItemQuery withTermPrefixes(Collection<String> terms) {
        terms.forEach(term -> testedTerms.add(SearchTerms.inText(term)));
        return this;
    }

    /**
     * Only tasks with a search term starting with this one, read from the term index once and the
     * work items looked up by their key: cheap when the term is rare.
     */
    WorkItemQuery drivenByTermPrefix(String term) {
        drivenByTerm = true;
        return where(
                "w.task_id in (select d.task_id from gflow_work_item_term d where d.term like ? escape '\\')",
                prefixPattern(term));
    }

    /**
     * Only these tasks: the few holding a rare term, read from the term index just before. Their
     * number is rounded up to a power of two (the last one repeated) so that the statements are few
     * and PostgreSQL keeps their plans: with the term's LIKE pattern in the page's statement it
     * planned the page anew for each search (1 ms, for a page then read in 0.1 ms).
     */
    WorkItemQuery drivenByTasks(List<String> taskIds) {
        drivenByTerm = true;
        if (taskIds.isEmpty()) {
            return where("1 = 0");
        }
        int keys = Integer.highestOneBit(taskIds.size() * 2 - 1);
        Object[] padded = new Object[keys];
        for (int i = 0; i < keys; i++) {
            padded[i] = taskIds.get(Math.min(i, taskIds.size() - 1));
        }
        return where("w.task_id in (" + placeholders(keys) + ")", padded);
    }

    /**
     * Tests the words of {@link #withTermPrefixes} on the row each door reads — a party row carries its
     * work item's search text — so a walk through a group's rows looks up only the work items it keeps
     * rather than every one it passes. See {@link TermSearch} for where this pays.
     */
    WorkItemQuery wordsOnDoorRows() {
        wordsOnDoorRows = true;
        return this;
    }

    /** Whether a page can read the user's doors: they are in creation order, and an admin has none. */
    boolean inDoorOrder() {
        return doors != null && "w.created_at".equals(sortColumn);
    }

    /** Whether a page reads the user's doors: in their order, and no rare term drives it instead. */
    private boolean readsDoors() {
        return inDoorOrder() && !drivenByTerm;
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
        this.sortColumn = column;
        this.ascending = ascending;
        return this;
    }

    /**
     * The keys of one page, in page order, one more than shown to learn whether there is a next
     * page.
     */
    Statement keys(int first, int size) {
        String range = " offset " + first + " rows fetch next " + (size + 1) + " rows only";
        if (readsDoors()) {
            return throughDoors(first + size + 1, range);
        }
        List<Object> all = new ArrayList<>(visibilityParameters);
        all.addAll(parameters);
        all.addAll(testedTerms);
        return new Statement(
                "select w.task_id from gflow_work_item w" + whereClause(visibility) + " order by " + order() + range,
                all.toArray());
    }

    /**
     * One page's work items with whatever {@code joins} adds to each, in one statement: the page's
     * keys are cut first ({@link #keys}), then only their rows are read and joined. A work item
     * joined to several rows comes as several rows, one after another.
     */
    Statement page(String columns, String joins, int first, int size) {
        Statement keys = keys(first, size);
        return new Statement(
                "select " + columns + " from gflow_work_item w" + joins + " where w.task_id in (" + keys.sql()
                        + ") order by " + order(),
                keys.parameters());
    }

    /** How many work items match (every visible row is read: for short ranges only). */
    Statement count() {
        List<Object> all = new ArrayList<>(visibilityParameters);
        all.addAll(parameters);
        all.addAll(testedTerms);
        return new Statement("select count(*) from gflow_work_item w" + whereClause(visibility), all.toArray());
    }

    /**
     * The keys of a page from the newest {@code perDoor} rows behind each door: the doors' rows
     * merged (a task behind two doors counted once) and the page cut from them. Each door's order
     * names its index's leading columns too (equal on every row it reads), which is what lets H2 read
     * the index in order and stop. The page is cut inside the statement that {@link #page} reads the
     * rows by, so that PostgreSQL knows it gets a page of keys: with the cut outside, it walked every
     * work item in creation order looking for the doors' few.
     */
    private Statement throughDoors(int perDoor, String range) {
        List<String> reads = new ArrayList<>();
        List<Object> all = new ArrayList<>();
        for (Door door : doors) {
            reads.add("(select " + door.taskId() + ", " + door.createdAt() + " from " + door.from(testsItems())
                    + " where "
                    + String.join(" and ", withConditions(door.condition(), door.searchText(wordsOnDoorRows)))
                    + " order by "
                    + String.join(direction() + ", ", door.indexColumns()) + direction() + " fetch first "
                    + perDoor + " rows only)");
            all.addAll(door.parameters());
            all.addAll(parameters);
            all.addAll(testedTerms);
        }
        if (reads.isEmpty()) {
            reads.add("(select w.task_id, w.created_at from gflow_work_item w where 1 = 0)");
        }
        return new Statement(
                "select d.task_id from (" + String.join(" union ", reads) + ") d order by d.created_at" + direction()
                        + ", d.task_id" + direction() + range,
                all.toArray());
    }

    /**
     * Whether a door's read tests anything of the work item: a filter, or words not on the door's
     * rows. When not, a group's door reads its index alone: joining each row to its work item cost a
     * quarter of a first page's buffers on PostgreSQL, for rows the page looks up again anyway.
     */
    private boolean testsItems() {
        return !conditions.isEmpty() || (!testedTerms.isEmpty() && !wordsOnDoorRows);
    }

    private List<String> withConditions(String first, String searchText) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(conditions);
        all.addAll(termTests(searchText));
        return all;
    }

    /** One test per tested word, on this search text column, in the order of {@link #testedTerms}. */
    private List<String> termTests(String searchText) {
        return Collections.nCopies(testedTerms.size(), "position(? in " + searchText + ") > 0");
    }

    private static Door assigneeDoor(String userId) {
        return new Door(
                "gflow_work_item w",
                "",
                "w.assignee = ?",
                List.of(userId),
                List.of("w.assignee", "w.created_at", "w.task_id"),
                ITEM_SEARCH_TEXT);
    }

    private static Door ownerDoor(String userId) {
        return new Door(
                "gflow_work_item w",
                "",
                "w.owner_id = ?",
                List.of(userId),
                List.of("w.owner_id", "w.created_at", "w.task_id"),
                ITEM_SEARCH_TEXT);
    }

    /**
     * The work items offered to one party, {@code g} (a group) or {@code u} (a user). The kind, one
     * of two constants, is written into the statement rather than bound: were it bound as text,
     * PostgreSQL would compare it by casting the {@code char(1)} column, which no index serves.
     */
    private static Door partyDoor(char kind, String partyId) {
        return new Door(
                "gflow_work_item_party p",
                " join gflow_work_item w on w.task_id = p.task_id",
                "p.kind = '" + kind + "' and p.party_id = ?",
                List.of(partyId),
                List.of("p.kind", "p.party_id", "p.created_at", "p.task_id"),
                "p.search_text");
    }

    private String order() {
        return sortColumn + direction() + ", w.task_id" + direction();
    }

    private String direction() {
        return ascending ? " asc" : " desc";
    }

    private String whereClause(String visibility) {
        List<String> all = new ArrayList<>();
        if (visibility != null) {
            all.add(visibility);
        }
        all.addAll(conditions);
        all.addAll(termTests(ITEM_SEARCH_TEXT));
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    private static String groupsClause(List<String> groupIds) {
        return groupIds.isEmpty() ? "" : " or (p.kind = 'g' and p.party_id in (" + placeholders(groupIds.size()) + "))";
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
