package org.gflow.engine.inbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.security.CurrentUser;
import org.gflow.plugin.api.LaoTime;

/**
 * The task list's filters as the web app sends them, checked, and turned into a
 * query over the inbox's work items. Bad values are refused with the parameter named, never ignored.
 *
 * @param scope {@code all} (everything the user may see), {@code mine} (assigned to them) or
 *              {@code groups} (offered to their groups, not yet claimed)
 * @param org   a ministry or province: tasks offered to one of its groups ({@code <org>-…})
 * @param due   {@code overdue} or {@code soon} (due before the end of the next working day, as the
 *              inbox's badge counts; within {@link #DUE_SOON} where no calendar is given)
 * @param q     words searched (by prefix) in the case's title and number and the task's name in Lao
 *              and English (the models' list of English names, {@link ModelNames}); Lao
 *              text is cut into words, so spaces between Lao words do not matter
 * @param lang  the reader's language, {@code lo} (the default) or {@code en}: sorting by name
 *              follows the names the reader sees (the models' Lao names, or their English names)
 */
public record TaskListRequest(
        String scope,
        String process,
        String org,
        String due,
        String createdAfter,
        String q,
        String sort,
        String order,
        int page,
        int size,
        String lang) {

    static final Duration DUE_SOON = Duration.ofDays(1);
    static final int MAX_SIZE = 100;

    public TaskListRequest {
        scope = orDefault(scope, "all");
        sort = orDefault(sort, "created");
        order = orDefault(order, "desc");
        lang = lang != null && lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "lo";
        require("scope", scope, "all", "mine", "groups");
        require("sort", sort, "created", "due", "name");
        require("order", order, "asc", "desc");
        if (due != null && !due.isBlank()) {
            require("due", due, "overdue", "soon");
        }
        if (org != null && !org.isBlank() && !org.matches("[a-z][a-z0-9-]{1,40}")) {
            throw new BadRequestException("org", "org must be an organisation id such as bokeo or moic.");
        }
        if (page < 0) {
            throw new BadRequestException("page", "page must be 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "size must be between 1 and " + MAX_SIZE + ".");
        }
        if (has(createdAfter)) {
            createdAfterDate(createdAfter);
        }
        if (q != null && q.length() > 200) {
            throw new BadRequestException("q", "The search text is too long (200 characters at most).");
        }
    }

    /** The work items asked for, as a query over the projection, except the search ({@link #searchTerms()}). */
    WorkItemQuery toQuery(CurrentUser user, Instant now) {
        return toQuery(user, now, now.plus(DUE_SOON));
    }

    /** As {@link #toQuery(CurrentUser, Instant)}, with "due soon" ending at {@code dueSoonUntil} (working days). */
    WorkItemQuery toQuery(CurrentUser user, Instant now, Instant dueSoonUntil) {
        WorkItemQuery query = WorkItemQuery.visibleTo(user);
        switch (scope) {
            case "mine" -> query.assignedTo(user);
            case "groups" -> query.offeredToGroups(user.groupIds()).where("w.assignee is null");
            default -> {}
        }
        if (has(process)) {
            query.where("w.process_key = ?", process.strip());
        }
        if (has(org)) {
            query.where(
                    "exists (select 1 from gflow_work_item_party o where o.task_id = w.task_id and o.kind = 'g' "
                            + "and o.party_id like ?)",
                    org + "-%");
        }
        if ("overdue".equals(due)) {
            query.where("w.due_date < ?", Timestamp.from(now));
        } else if ("soon".equals(due)) {
            query.where("w.due_date > ? and w.due_date < ?", Timestamp.from(now), Timestamp.from(dueSoonUntil));
        }
        if (has(createdAfter)) {
            query.where(
                    "w.created_at > ?",
                    new Timestamp(createdAfterDate(createdAfter).getTime()));
        }
        String column = switch (sort) {
            case "due" -> "w.due_date";
            case "name" -> "en".equals(lang) ? "w.task_name_en" : "w.task_name";
            default -> "w.created_at";
        };
        return query.orderBy(column, "asc".equals(order));
    }

    /** The terms a search must all find, each as a prefix of a stored term; none without a search. */
    Set<String> searchTerms() {
        return has(q) ? SearchTerms.ofQuery(q) : Set.of();
    }

    private static Date createdAfterDate(String createdAfter) {
        try {
            return Date.from(
                    LocalDate.parse(createdAfter).atStartOfDay(LaoTime.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("createdAfter", "createdAfter must be a date such as 2026-03-01.");
        }
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }

    private static String orDefault(String value, String fallback) {
        return has(value) ? value.strip().toLowerCase(Locale.ROOT) : fallback;
    }

    private static void require(String field, String value, String... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(value)) {
            throw new BadRequestException(field, field + " must be one of " + String.join(", ", allowed) + ".");
        }
    }
}
