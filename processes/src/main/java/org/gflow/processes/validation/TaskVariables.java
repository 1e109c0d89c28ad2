package org.gflow.processes.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What one user task's completion may write: the task's {@code gflow.variable.*} declarations
 * (its form's fields and declared outputs). Everything else — routing groups, the issuing
 * organisation, numbers and amounts the engine computes — is refused, naming the variable. A
 * value sent back unchanged (a read-only field of the form) is not a write and passes.
 */
public final class TaskVariables {

    /** Property of the parsed user-task activity that holds its {@code TaskVariables}. */
    public static final String PROPERTY = "gflow.taskVariables";

    /** Stands for a value that cannot be compared before the engine deserializes it. */
    private static final Object UNREADABLE = new Object();

    private final String taskKey;
    private final Map<String, VariableDeclaration> declarations = new LinkedHashMap<>();

    /**
     * @param taskKey the user task's id in the model, named in refusals
     * @param declarations what the task declares; empty means its completion may write nothing
     */
    public TaskVariables(String taskKey, List<VariableDeclaration> declarations) {
        this.taskKey = taskKey;
        declarations.forEach(declaration -> this.declarations.put(declaration.name(), declaration));
    }

    /** The declarations, in model order. */
    public Collection<VariableDeclaration> declarations() {
        return declarations.values();
    }

    /**
     * Checks variables about to be written on the task (a completion or a direct write).
     *
     * @param written the variables as the caller sent them
     * @param current the task's current value of a variable, to recognise unchanged values
     * @throws InvalidVariableException naming the first variable the task may not write, or a
     *     declared one whose value breaks its declaration
     */
    public void checkWrite(Map<String, ?> written, Function<String, Object> current) {
        if (written == null) {
            return;
        }
        List<String> refused = new ArrayList<>();
        for (String name : written.keySet()) {
            Object value = plainValue(written, name);
            VariableDeclaration declaration = declarations.get(name);
            if (declaration == null) {
                if (value == UNREADABLE || !sameValue(value, current.apply(name))) {
                    refused.add(name);
                }
            } else if (value != UNREADABLE && !StartVariablesValidator.isMissing(value)) {
                StartVariablesValidator.check(declaration, value);
            }
        }
        if (!refused.isEmpty()) {
            throw notWritable(refused);
        }
    }

    /**
     * Checks that a completion gives every {@code required} variable: a form's required field is
     * answered each time, so one approver's decision never stands in for the next one's.
     */
    public void checkAnswered(Map<String, ?> written) {
        for (VariableDeclaration declaration : declarations.values()) {
            if (declaration.required()
                    && declaration.defaultValue() == null
                    && (written == null
                            || StartVariablesValidator.isMissing(plainValue(written, declaration.name())))) {
                throw new InvalidVariableException(
                        declaration.name(), "is required to complete task '" + taskKey + "'");
            }
        }
    }

    /** Checks variables about to be removed from the task: only declared ones may be. */
    public void checkRemoval(Collection<String> names) {
        if (names == null) {
            return;
        }
        List<String> refused =
                names.stream().filter(name -> !declarations.containsKey(name)).toList();
        if (!refused.isEmpty()) {
            throw notWritable(refused);
        }
    }

    /**
     * The task listener run as the task completes, after the completion's variables are set:
     * every declared variable now present must meet its declaration (also one written
     * directly before), and missing ones with a default get it.
     */
    void checkOnCompletion(DelegateTask task) {
        for (VariableDeclaration declaration : declarations.values()) {
            Object value = task.getVariable(declaration.name());
            if (!StartVariablesValidator.isMissing(value)) {
                StartVariablesValidator.check(declaration, value);
                StartVariablesValidator.inIsoForm(declaration, value)
                        .ifPresent(iso -> task.setVariable(declaration.name(), iso));
            } else if (declaration.defaultValue() != null) {
                task.getExecution().setVariable(declaration.name(), declaration.defaultValue());
            }
        }
    }

    /** Names every refused variable (in a stable order, whatever map the caller used). */
    private InvalidVariableException notWritable(List<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        String others = sorted.size() == 1 ? "" : ", nor may " + String.join(", ", sorted.subList(1, sorted.size()));
        String allowed =
                declarations.isEmpty() ? "it writes no variables" : "it may write only " + declarations.keySet();
        return new InvalidVariableException(
                sorted.get(0), "may not be written by task '" + taskKey + "'" + others + " (" + allowed + ")");
    }

    /** The plain value of one written variable, without deserializing anything. */
    private static Object plainValue(Map<String, ?> written, String name) {
        Object value = written instanceof VariableMap typed ? typed.getValueTyped(name) : written.get(name);
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return UNREADABLE;
        }
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }

    private static boolean sameValue(Object sent, Object current) {
        if (StartVariablesValidator.isMissing(sent) && StartVariablesValidator.isMissing(current)) {
            return true; // an empty field for a value the case does not have
        }
        if (sent instanceof Number a && current instanceof Number b) {
            try {
                return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
            } catch (NumberFormatException notFinite) {
                return a.equals(b);
            }
        }
        return Objects.equals(sent, current);
    }
}
