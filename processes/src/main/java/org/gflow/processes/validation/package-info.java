/**
 * Declared variables: a process declares the variables it must be started with, and each
 * user task declares the variables its completion may write; the engine refuses a start or a
 * task write that does not meet the declarations, before anything is stored.
 *
 * <h2>Declaring</h2>
 * A process's none start event carries one Camunda extension property per variable:
 * <pre>{@code
 * <bpmn:startEvent id="complaintReceived">
 *   <bpmn:extensionElements>
 *     <camunda:properties>
 *       <camunda:property name="gflow.variable.complaintText" value="string required max=4000"/>
 *       <camunda:property name="gflow.variable.channel" value="string required oneOf=phone|web"/>
 *       <camunda:property name="gflow.variable.verificationDeadline" value="duration default=P7D"/>
 *     </camunda:properties>
 *   </bpmn:extensionElements>
 * </bpmn:startEvent>
 * }</pre>
 *
 * <h2>Grammar</h2>
 * <pre>
 * declaration := type { " " option }
 * type        := string | number | boolean | date | duration | list | map
 * option      := required | min=N | max=N | oneOf=a|b|c | default=TEXT
 * </pre>
 * <ul>
 *   <li>{@code string} – a {@link java.lang.String}; {@code min}/{@code max} bound its length
 *       in characters as a reader counts them, grapheme clusters (after trimming; a blank
 *       required string counts as missing); {@code oneOf} lists the
 *       allowed values.</li>
 *   <li>{@code number} – any {@link java.lang.Number}; {@code min}/{@code max} bound the value.</li>
 *   <li>{@code boolean} – a {@link java.lang.Boolean}.</li>
 *   <li>{@code date} – a {@link java.util.Date}, an ISO-8601 date ({@code 2026-11-21}) or
 *       date-time string, or a day typed day first ({@code 21/11/2026}, {@code 21.11.2026}),
 *       which is stored in ISO form; what cannot be read without guessing (month first, a day
 *       the month lacks, a two-digit year) is refused, see {@link TypedDates}.</li>
 *   <li>{@code duration} – an ISO-8601 duration string such as {@code P7D} or {@code PT4H}, the
 *       form Camunda timers and due dates accept.</li>
 *   <li>{@code list} – a {@link java.util.Collection}; {@code min}/{@code max} bound its size.</li>
 *   <li>{@code map} – a {@link java.util.Map}; {@code min}/{@code max} bound its size.</li>
 *   <li>{@code default=TEXT} – the value set when the variable is missing (string and duration
 *       only); a defaulted variable is never "missing".</li>
 * </ul>
 * At a start, variables the start event does not declare are allowed and left alone — unless
 * the start event carries {@code gflow.undeclared-variables = refuse}, when they are refused
 * (a case cannot start with what a later step writes: a sign-off trail, a routing group). A
 * declaration that does not follow the grammar makes the deployment fail with a parse error
 * naming the property.
 *
 * <h2>User tasks</h2>
 * The same properties on a {@code userTask} declare what writing through that task may set —
 * the fields of its form and its declared outputs:
 * <pre>{@code
 * <bpmn:userTask id="verifyComplaint" camunda:formRef="hotline-verify" ...>
 *   <bpmn:extensionElements>
 *     <camunda:properties>
 *       <camunda:property name="gflow.variable.complaintTrue" value="boolean required"/>
 *       <camunda:property name="gflow.variable.verificationNotes" value="string max=4000"/>
 *     </camunda:properties>
 *   </bpmn:extensionElements>
 * </bpmn:userTask>
 * }</pre>
 * <ul>
 *   <li>Completing the task ({@code complete}, {@code completeWithVariablesInReturn}, a task
 *       form submission, {@code resolveTask}, a BPMN error or escalation thrown from it) may
 *       write only declared variables; anything else is refused with
 *       {@link org.gflow.processes.validation.InvalidVariableException} naming it, whoever
 *       calls. A value sent back unchanged (a read-only field of the form) is not a write.</li>
 *   <li>A declared value must meet its type and options when sent, and again as the task
 *       completes. {@code required} means every completion or form submission gives it: the
 *       case's earlier value (the previous approver's decision) does not answer for this one.
 *       {@code default} is set when the variable has no value.</li>
 *   <li>Writing or removing a task's variables directly ({@code setVariable(s)[Local]},
 *       {@code updateVariables[Local]}, {@code removeVariable(s)[Local]}) is held to the same
 *       names for every signed-in user but administrators; the engine's own code (no one
 *       signed in) is not.</li>
 *   <li>A user task with no declarations may write nothing. Tasks outside a BPMN process (no
 *       model) are not checked.</li>
 * </ul>
 * {@code boolean} also accepts the text {@code true}/{@code false}, as a plain REST client
 * sends a yes/no answer.
 *
 * <h2>Wiring</h2>
 * Register {@link org.gflow.processes.validation.DeclaredVariablesPlugin} with the process engine;
 * it installs the parse listener and the guarded task and form services. A refused start or
 * task write throws {@link org.gflow.processes.validation.InvalidVariableException}, which
 * rolls back the whole command, so no half-started case or half-written task remains.
 */
package org.gflow.processes.validation;
