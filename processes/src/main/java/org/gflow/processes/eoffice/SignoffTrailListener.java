package org.gflow.processes.eoffice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gflow.processes.validation.InvalidVariableException;

/**
 * Completion listener of the letter's "sign off" task: checks the approver's decision and
 * appends it to the process variable {@code signoffTrail}, a list of entries
 * {@code approver, level, decision, comment, time} (time as ISO-8601 UTC text) — the record of
 * who signed what, which the letter's PDF and the inbox show.
 *
 * <p>Java rather than a script because G-Flow models carry no scripts, and a plain engine runs
 * it without any bean registry.
 */
public class SignoffTrailListener implements TaskListener {

  /** Process variable holding the trail. */
  public static final String TRAIL = "signoffTrail";

  private static final List<String> DECISIONS = List.of("approve", "return", "reject");

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable("decision");
    Object comment = task.getVariable("comment");
    checkDecision(decision, comment);

    DelegateExecution instance = task.getExecution().getProcessInstance();
    List<Map<String, Object>> trail = new ArrayList<>(existingTrail(instance));
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("approver", task.getAssignee());
    entry.put("level", levelOf(task.getExecution()));
    entry.put("decision", decision);
    entry.put("comment", comment == null ? "" : comment);
    entry.put("time", Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()).toString());
    trail.add(entry);
    instance.setVariable(TRAIL, trail);
  }

  /** A return or a rejection must say why: the drafter acts on the comment. */
  private static void checkDecision(Object decision, Object comment) {
    if (!DECISIONS.contains(decision)) {
      throw new InvalidVariableException("decision", "must be one of " + DECISIONS + ", got '"
          + decision + "'");
    }
    boolean explained = comment instanceof String text && !text.isBlank();
    if (!"approve".equals(decision) && !explained) {
      throw new InvalidVariableException("comment", "is required to " + decision + " a letter");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> existingTrail(DelegateExecution instance) {
    Object trail = instance.getVariable(TRAIL);
    return trail instanceof List ? (List<Map<String, Object>>) trail : List.of();
  }

  /** Level 1 is the first approver of the chain; the multi-instance loop counter starts at 0. */
  private static int levelOf(DelegateExecution execution) {
    Object loopCounter = execution.getVariable("loopCounter");
    return loopCounter instanceof Number number ? number.intValue() + 1 : 1;
  }
}
