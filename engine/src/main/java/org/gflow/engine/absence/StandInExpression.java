package org.gflow.engine.absence;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A model's {@code camunda:assignee} or {@code camunda:candidateUsers} with each person named
 * replaced by whoever stands in for them ({@link AbsenceDelegation}): the task is created with the
 * delegate already, so no one changes it afterwards. A list ({@code "a,b"} or a collection) has
 * each of its people replaced; a person for whom no one stands in (null) is left out, and a name
 * left with no one is null.
 */
final class StandInExpression implements Expression {

    private final Expression original;
    private final UnaryOperator<String> standIn;

    StandInExpression(Expression original, UnaryOperator<String> standIn) {
        this.original = original;
        this.standIn = standIn;
    }

    /** Whom the model itself names, before anyone stands in. */
    Object named(VariableScope scope) {
        return original.getValue(scope);
    }

    @Override
    public Object getValue(VariableScope scope) {
        Object value = original.getValue(scope);
        if (value instanceof String text) {
            String people = Arrays.stream(text.split(",", -1))
                    .map(String::trim)
                    .map(standIn)
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(","));
            return people.isEmpty() && !text.isEmpty() ? null : people;
        }
        if (value instanceof Collection<?> people) {
            return people.stream()
                    .map(person -> person instanceof String id ? standIn.apply(id) : person)
                    .filter(Objects::nonNull)
                    .toList();
        }
        return value;
    }

    @Override
    public void setValue(Object value, VariableScope scope) {
        original.setValue(value, scope);
    }

    @Override
    public String getExpressionText() {
        return original.getExpressionText();
    }

    @Override
    public boolean isLiteralText() {
        return false; // its value depends on who is away today, even for a literal name
    }
}
