/**
 * "My cases": the cases a civil servant started, worked on (completed or holds a task of) or
 * follows, open and closed, newest first, searchable by number or words. The engine keeps who
 * takes part in which case ({@code gflow_case_participant}) and what the list shows of each case
 * ({@code gflow_case_summary}, {@code gflow_case_term}) in the same transaction as the events
 * ({@link org.gflow.engine.mycases.CaseParticipation}), so one page is one indexed query over the
 * reader's own rows: a person only ever lists cases they take part in, and opening one still goes
 * through the inbox's case access check. A follower hears on the bell when a followed case is
 * answered or closed.
 */
package org.gflow.engine.mycases;
