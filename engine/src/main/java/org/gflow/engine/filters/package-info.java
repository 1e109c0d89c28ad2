/**
 * Saved inbox filters ({@code /api/inbox/filters}): a person's named task-list filters, and
 * filters an organisation's supervisors share with everyone in it, each shown with its count of
 * tasks for the reader. A filter holds only the task list's own parameters, checked when saved;
 * applied or counted, it goes through the task list's visibility rule
 * ({@link org.gflow.engine.inbox.TaskCount}), so it never shows anyone more than their inbox.
 * Only its owner, a supervisor of the organisation it is shared with, or an administrator may
 * change or delete a filter.
 */
package org.gflow.engine.filters;
