/**
 * Start-variable validation: a process declares the variables it must be started with, and
 * the engine refuses a start that does not meet the declaration, before anything is stored.
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
 *       (after trimming; a blank required string counts as missing); {@code oneOf} lists the
 *       allowed values.</li>
 *   <li>{@code number} – any {@link java.lang.Number}; {@code min}/{@code max} bound the value.</li>
 *   <li>{@code boolean} – a {@link java.lang.Boolean}.</li>
 *   <li>{@code date} – a {@link java.util.Date}, or an ISO-8601 date ({@code 2026-11-21}) or
 *       date-time string, as web forms submit it.</li>
 *   <li>{@code duration} – an ISO-8601 duration string such as {@code P7D} or {@code PT4H}, the
 *       form Camunda timers and due dates accept.</li>
 *   <li>{@code list} – a {@link java.util.Collection}; {@code min}/{@code max} bound its size.</li>
 *   <li>{@code map} – a {@link java.util.Map}; {@code min}/{@code max} bound its size.</li>
 *   <li>{@code default=TEXT} – the value set when the variable is missing (string and duration
 *       only); a defaulted variable is never "missing".</li>
 * </ul>
 * Variables the process does not declare are allowed and left alone. A declaration that does
 * not follow the grammar makes the deployment fail with a parse error naming the property.
 *
 * <h2>Wiring</h2>
 * Register {@link org.gflow.processes.validation.DeclaredVariablesPlugin} with the process engine.
 * A failed start throws {@link org.gflow.processes.validation.InvalidVariableException}, which
 * rolls back the whole start command, so no half-started case remains.
 */
package org.gflow.processes.validation;
