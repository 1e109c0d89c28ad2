package org.gflow.engine.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.task.TaskQuery;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.security.CurrentUser;
import org.gflow.plugin.api.LaoTime;

/**
 * The task list's filters as the web app sends them, checked, and applied to a Camunda task
 * query. Bad values are refused with the parameter named, never ignored.
 *
 * @param scope {@code all} (everything the user may see), {@code mine} (assigned to them) or
 *              {@code groups} (offered to their groups, not yet claimed)
 * @param org   a ministry or province: tasks offered to one of its groups ({@code <org>-…})
 * @param due   {@code overdue} or {@code soon} (due within {@link #DUE_SOON})
 * @param q     text searched in the case's title and number variables and the task's name
 */
public record TaskListRequest(String scope, String process, String org, String due, String createdAfter,
                              String q, String sort, String order, int page, int size) {

    static final Duration DUE_SOON = Duration.ofDays(1);
    static final int MAX_SIZE = 100;

    public TaskListRequest {
        scope = orDefault(scope, "all");
        sort = orDefault(sort, "created");
        order = orDefault(order, "desc");
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
        if (q != null && q.length() > 200) {
            throw new BadRequestException("q", "The search text is too long (200 characters at most).");
        }
    }

    /** Narrows a query to what was asked. */
    TaskQuery applyTo(TaskQuery query, CurrentUser user, Instant now) {
        switch (scope) {
            case "mine" -> query.taskAssignee(user.id());
            case "groups" -> query.taskCandidateGroupIn(user.groupIds().isEmpty() ? java.util.List.of("-") : user.groupIds());
            default -> { }
        }
        if (has(process)) {
            query.processDefinitionKey(process);
        }
        if (has(org)) {
            query.taskCandidateGroupLike(org + "-%");
            if (!"groups".equals(scope)) {
                query.includeAssignedTasks(); // candidate filters leave claimed tasks out otherwise
            }
        }
        applyDue(query, now);
        if (has(createdAfter)) {
            query.taskCreatedAfter(createdAfterDate());
        }
        if (has(q)) {
            String like = "%" + q.strip().replace("%", "").replace("_", "") + "%";
            TaskQuery anyOf = query.or().taskNameLike(like); // or() opens a separate query to fill
            CaseFacts.ALL.forEach(name -> anyOf.processVariableValueLike(name, like));
            anyOf.endOr();
        }
        applyOrder(query);
        return query;
    }

    private void applyDue(TaskQuery query, Instant now) {
        if ("overdue".equals(due)) {
            query.dueBefore(Date.from(now));
        } else if ("soon".equals(due)) {
            query.dueAfter(Date.from(now)).dueBefore(Date.from(now.plus(DUE_SOON)));
        }
    }

    private void applyOrder(TaskQuery query) {
        switch (sort) {
            case "due" -> query.orderByDueDate();
            case "name" -> query.orderByTaskName();
            default -> query.orderByTaskCreateTime();
        }
        if ("asc".equals(order)) {
            query.asc();
        } else {
            query.desc();
        }
    }

    private Date createdAfterDate() {
        try {
            return Date.from(LocalDate.parse(createdAfter).atStartOfDay(LaoTime.ZONE).toInstant());
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
