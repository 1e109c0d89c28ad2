/**
 * Who may do what with a task, checked in the engine so that every door — {@code /engine-rest},
 * the inbox API, Camunda's web apps — meets the same rule.
 *
 * <ul>
 *   <li>Those a task is offered to, or who hold it, may <em>work</em> it (Camunda's
 *       {@code TASK_WORK}): claim, complete, comment and attach files.</li>
 *   <li>Handing it to someone else, changing whom it is offered to, its owner, due date or
 *       priority is for the same organisation's supervisors and administrators; the holder
 *       may still pass it to a colleague of a group it is offered to. Nobody hands a task to
 *       someone outside the organisation it belongs to.</li>
 *   <li>A case's read grants follow its open tasks: who no longer holds a task in a case
 *       loses it ({@link org.gflow.engine.tasks.CaseGrantSync}).</li>
 * </ul>
 */
package org.gflow.engine.tasks;
