package org.gflow.engine.filters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.inbox.TaskCount;
import org.gflow.engine.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The saved filters ({@code gflow_saved_filter}): listed for a reader with their counts, saved,
 * renamed and deleted under {@link FilterSharing}'s rule. A filter its reader may not see is
 * answered as not found; one they see but may not change, as forbidden.
 */
@Component
class SavedFilters {

    /** Counts stop here: a filter shows "99+" rather than count every task it selects. */
    static final int COUNT_BOUND = 99;

    /** Filters one person may own: a list to choose from, not an archive. */
    static final int MAX_OWN = 50;

    private static final String COLUMNS = "id, name, owner_id, shared_with, criteria";

    private final JdbcTemplate jdbc;
    private final FilterDrafts drafts;
    private final TaskCount counts;

    SavedFilters(JdbcTemplate jdbc, FilterDrafts drafts, TaskCount counts) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.counts = counts;
    }

    /** The reader's own filters, then those shared with their organisations, by name, each with its count. */
    List<SavedFilter> list(CurrentUser user, String language) {
        Set<String> organisations = FilterSharing.organisationsOf(user);
        List<Object> parameters = new ArrayList<>(List.of(user.id()));
        parameters.addAll(organisations);
        String shared = organisations.isEmpty()
                ? ""
                : " or shared_with in (" + String.join(", ", Collections.nCopies(organisations.size(), "?")) + ")";
        List<StoredFilter> found = jdbc.query(
                "select " + COLUMNS + " from gflow_saved_filter where owner_id = ?" + shared
                        + " order by case when shared_with is null then 0 else 1 end, name, id",
                (rs, n) -> stored(rs),
                parameters.toArray());
        return found.stream().map(filter -> view(filter, user, language)).toList();
    }

    @Transactional
    SavedFilter create(FilterDraft body, CurrentUser user, String language) {
        FilterDraft draft = checked(body, user);
        Integer own = jdbc.queryForObject(
                "select count(*) from gflow_saved_filter where owner_id = ?", Integer.class, user.id());
        if (own != null && own >= MAX_OWN) {
            throw ProblemException.of(
                    HttpStatus.CONFLICT,
                    "too-many-filters",
                    "A person keeps " + MAX_OWN + " filters at most; delete one first.");
        }
        StoredFilter filter = new StoredFilter(
                UUID.randomUUID().toString(), draft.name(), user.id(), draft.sharedWith(), draft.criteria());
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into gflow_saved_filter (id, name, owner_id, shared_with, criteria, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                filter.id(),
                filter.name(),
                filter.ownerId(),
                filter.sharedWith(),
                drafts.write(filter.criteria()),
                now,
                now);
        return view(filter, user, language);
    }

    @Transactional
    SavedFilter update(String id, FilterDraft body, CurrentUser user, String language) {
        StoredFilter existing = changeable(id, user);
        FilterDraft draft = checked(body, user);
        StoredFilter filter =
                new StoredFilter(existing.id(), draft.name(), existing.ownerId(), draft.sharedWith(), draft.criteria());
        jdbc.update(
                "update gflow_saved_filter set name = ?, shared_with = ?, criteria = ?, updated_at = ? where id = ?",
                filter.name(),
                filter.sharedWith(),
                drafts.write(filter.criteria()),
                Timestamp.from(Instant.now()),
                filter.id());
        return view(filter, user, language);
    }

    @Transactional
    void delete(String id, CurrentUser user) {
        changeable(id, user);
        jdbc.update("delete from gflow_saved_filter where id = ?", id);
    }

    /** A filter the reader may change, else not found (they cannot see it) or forbidden (they can). */
    private StoredFilter changeable(String id, CurrentUser user) {
        StoredFilter filter = jdbc
                .query("select " + COLUMNS + " from gflow_saved_filter where id = ?", (rs, n) -> stored(rs), id)
                .stream()
                .findFirst()
                .filter(found -> FilterSharing.maySee(found, user))
                .orElseThrow(ProblemException::notFound);
        if (!FilterSharing.mayChange(filter, user)) {
            throw ProblemException.of(
                    HttpStatus.FORBIDDEN,
                    "forbidden",
                    "Only the person who saved this filter or a supervisor of " + filter.sharedWith()
                            + " may change or delete it.");
        }
        return filter;
    }

    /** The draft, read and checked; sharing it with an organisation needs a supervisor of it. */
    private FilterDraft checked(FilterDraft draft, CurrentUser user) {
        if (draft.sharedWith() != null && !FilterSharing.maySupervise(draft.sharedWith(), user)) {
            throw ProblemException.of(
                    HttpStatus.FORBIDDEN,
                    "not-supervisor",
                    "Only a supervisor of " + draft.sharedWith() + " may share a filter with it.");
        }
        return draft;
    }

    private SavedFilter view(StoredFilter filter, CurrentUser user, String language) {
        TaskCount.Bounded count = counts.upTo(COUNT_BOUND, filter.criteria().request(0, 1, language), user);
        return new SavedFilter(
                filter.id(),
                filter.name(),
                filter.ownerId(),
                filter.sharedWith(),
                filter.criteria(),
                FilterSharing.mayChange(filter, user),
                count.count(),
                count.more());
    }

    private StoredFilter stored(ResultSet rs) throws SQLException {
        return new StoredFilter(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("owner_id"),
                rs.getString("shared_with"),
                drafts.criteria(rs.getString("criteria")));
    }
}
