package org.gflow.engine.filters;

import org.gflow.engine.inbox.TaskListRequest;

/**
 * What a saved filter selects: the task list's own parameters ({@link TaskListRequest}) but the
 * page, its size and the reader's language, which belong to the reader, not to the filter.
 */
public record FilterCriteria(
        String scope,
        String process,
        String org,
        String due,
        String createdAfter,
        String q,
        String sort,
        String order) {

    /** The task list asked for one page of this filter, in the reader's language. */
    TaskListRequest request(int page, int size, String language) {
        return new TaskListRequest(scope, process, org, due, createdAfter, q, sort, order, page, size, language);
    }

    /**
     * These criteria as the task list reads them — defaults filled in, blanks dropped — after the
     * task list's own checks (a bad value is refused there, naming its field).
     */
    FilterCriteria checked() {
        TaskListRequest request = request(0, 1, null);
        return new FilterCriteria(
                request.scope(),
                blankless(request.process()),
                blankless(request.org()),
                blankless(request.due()),
                blankless(request.createdAfter()),
                blankless(request.q()),
                request.sort(),
                request.order());
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
