package org.gflow.engine.inbox;

import org.gflow.engine.security.CurrentUser;

/**
 * One change of a work item as the change log holds it: which task, who could see it before and
 * after, and whether it is still open. What a given person hears of it follows from the two
 * audiences: it arrived in their inbox, changed there, or left it.
 */
record InboxChange(
        long id, String taskId, String caseId, String assignee, boolean taskOpen, Audience before, Audience after) {

    /** The event names the web app listens for. */
    static final String ADDED = "task-added";

    static final String CHANGED = "task-changed";
    static final String REMOVED = "task-removed";

    /** The event this user is sent, or null when the task is not and was not theirs to see. */
    String eventFor(CurrentUser user) {
        boolean saw = before.includes(user);
        boolean sees = taskOpen && after.includes(user);
        if (sees) {
            return saw ? CHANGED : ADDED;
        }
        return saw ? REMOVED : null;
    }

    /**
     * What the event carries: enough to refresh the list and the task page, nothing the list does
     * not show. {@code completed}: the task left because it was finished, not because it went to
     * someone else.
     */
    record Data(String taskId, String caseId, String assignee, boolean completed) {}

    Data data() {
        return new Data(taskId, caseId, taskOpen ? assignee : null, !taskOpen);
    }
}
