/**
 * Out-of-office delegation. A civil servant — or their manager, a supervisor of their
 * organisation, or an administrator — sets an absence period with a delegate from the same
 * organisation ({@link org.gflow.engine.absence.AbsenceService}, {@code /api/absences}). While
 * it lasts, a task assigned or offered by name to the person goes to the delegate instead
 * ({@link org.gflow.engine.absence.AbsenceDelegation}, in the engine, so every door and every
 * model meets it), and the task is marked "on behalf of" the person for the inbox and the case
 * history ({@link org.gflow.engine.absence.OnBehalfRecords}). Where the engine chooses a person
 * up the directory's manager chain (a letter's sign-off chain), an absent manager is skipped
 * ({@link org.gflow.engine.absence.Absences#presentManagerOf}), and so is an absent person named
 * for a step of an escalation ladder ({@link org.gflow.engine.absence.AbsentEscalation}): an
 * escalation goes up the chain rather than wait for a delegate, and the case history tells whom it
 * passed over ({@link org.gflow.engine.absence.PassedOverRecords}).
 */
package org.gflow.engine.absence;
