package org.gflow.engine.absence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * The people a task's model names — its assignee and candidate users — each replaced by whoever
 * takes their place ({@link StandInExpression}), and who they were before that.
 */
final class StandIns {

    private final StandInExpression assignee;
    private final List<StandInExpression> candidates;

    private StandIns(StandInExpression assignee, List<StandInExpression> candidates) {
        this.assignee = assignee;
        this.candidates = candidates;
    }

    /** Puts {@code standIn} between the model and the task for everyone the definition names. */
    static StandIns install(TaskDefinition definition, UnaryOperator<String> standIn) {
        StandInExpression assignee = definition.getAssigneeExpression() == null
                ? null
                : new StandInExpression(definition.getAssigneeExpression(), standIn);
        if (assignee != null) {
            definition.setAssigneeExpression(assignee);
        }
        List<StandInExpression> candidates = definition.getCandidateUserIdExpressions().stream()
                .map(expression -> new StandInExpression(expression, standIn))
                .toList();
        definition.getCandidateUserIdExpressions().clear();
        candidates.forEach(definition::addCandidateUserIdExpression);
        return new StandIns(assignee, candidates);
    }

    /** Whom the model names for this task, assignee first, before anyone takes their place. */
    List<String> named(DelegateTask task) {
        List<String> meant = new ArrayList<>();
        if (assignee != null) {
            meant.addAll(people(assignee.named(task)));
        }
        candidates.forEach(expression -> meant.addAll(people(expression.named(task))));
        return meant;
    }

    private static List<String> people(Object named) {
        if (named instanceof String text) {
            return Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(id -> !id.isEmpty())
                    .toList();
        }
        if (named instanceof Collection<?> list) {
            return list.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        }
        return List.of();
    }
}
