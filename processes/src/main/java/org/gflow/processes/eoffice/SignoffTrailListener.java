package org.gflow.processes.eoffice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>The decision and comment are local to the approver's task (the model maps them in empty), so
 * the trail is the only place they all survive. From it the listener also keeps
 * {@code returnReasons}, the text of every return the drafter must act on (read-only in the
 * revise form), and records the decision as a case comment so the case timeline tells who decided
 * what and why.
 *
 * <p>Java rather than a script because G-Flow models carry no scripts, and a plain engine runs
 * it without any bean registry.
 */
public class SignoffTrailListener implements TaskListener {

    /** Process variable holding the trail. */
    public static final String TRAIL = "signoffTrail";

    /** Process variable holding the latest decision, for the model's gateway. */
    public static final String LAST_DECISION = "signoffDecision";

    /** Process variable holding every return so far, one line each, for the drafter's form. */
    public static final String RETURN_REASONS = "returnReasons";

    private static final List<String> DECISIONS = List.of("approve", "return", "reject");

    /** How each decision reads in Lao, as the sign-off form labels it. */
    private static final Map<String, String> DECISION_LABELS =
            Map.of("approve", "ອະນຸມັດ", "return", "ສົ່ງຄືນໃຫ້ແກ້ໄຂ", "reject", "ປະຕິເສດ");

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
        entry.put(
                "time",
                Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()).toString());
        trail.add(entry);
        instance.setVariable(TRAIL, trail);
        instance.setVariable(RETURN_REASONS, returnReasons(trail));
        // the chain's completion condition and outcome gateway read it: the task's own is local
        instance.setVariable(LAST_DECISION, decision);
        recordOnTheCase(task, entry);
    }

    /**
     * Every return in the trail, oldest first: "level · approver: comment". No word of either
     * language: the form labels it in the reader's, and the comments are the approvers' own.
     */
    static String returnReasons(List<Map<String, Object>> trail) {
        StringBuilder reasons = new StringBuilder();
        for (Map<String, Object> entry : trail) {
            if ("return".equals(entry.get("decision"))) {
                if (reasons.length() > 0) {
                    reasons.append('\n');
                }
                reasons.append(entry.get("level"))
                        .append(" · ")
                        .append(entry.get("approver"))
                        .append(": ")
                        .append(entry.get("comment"));
            }
        }
        return reasons.toString();
    }

    /** A sign-off decision as the case's comments record it: its code and the approver's comment (null if none). */
    public record RecordedDecision(String decision, String comment) {}

    /**
     * The decision a case comment written by this listener records, so that a timeline can name it
     * in the reader's language; empty for any other comment.
     */
    public static Optional<RecordedDecision> decisionOf(String commentText) {
        if (commentText == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> label : DECISION_LABELS.entrySet()) {
            String said = label.getValue();
            if (commentText.equals(said)) {
                return Optional.of(new RecordedDecision(label.getKey(), null));
            }
            if (commentText.startsWith(said + ": ")) {
                return Optional.of(new RecordedDecision(label.getKey(), commentText.substring(said.length() + 2)));
            }
        }
        return Optional.empty();
    }

    /** A case comment in the approver's name: the timeline shows it beside the completed task. */
    private static void recordOnTheCase(DelegateTask task, Map<String, Object> entry) {
        String comment = (String) entry.get("comment");
        String text = DECISION_LABELS.get(entry.get("decision")) + (comment.isBlank() ? "" : ": " + comment);
        task.getProcessEngineServices().getTaskService().createComment(task.getId(), task.getProcessInstanceId(), text);
    }

    /** A return or a rejection must say why: the drafter acts on the comment. */
    private static void checkDecision(Object decision, Object comment) {
        if (!DECISIONS.contains(decision)) {
            throw new InvalidVariableException("decision", "must be one of " + DECISIONS + ", got '" + decision + "'");
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
