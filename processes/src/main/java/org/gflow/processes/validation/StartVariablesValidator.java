package org.gflow.processes.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Checks a new process instance's variables against its start event's declarations. Runs as
 * the start event's {@code start} listener, inside the start command, so throwing
 * {@link InvalidVariableException} rolls the whole start back. Missing variables that have a
 * default get it. Where the start event says {@code gflow.undeclared-variables = refuse}, a
 * variable it does not declare is refused too: a case cannot be started with a value a later
 * step of the engine would otherwise trust (a sign-off trail, a number, a routing group).
 */
public class StartVariablesValidator implements ExecutionListener {

    private final List<VariableDeclaration> declarations;
    private final boolean refuseUndeclared;

    /** @param declarations what the start event declares, checked in this order */
    public StartVariablesValidator(List<VariableDeclaration> declarations) {
        this(declarations, false);
    }

    /**
     * @param declarations what the start event declares, checked in this order
     * @param refuseUndeclared whether a variable outside the declarations is refused
     */
    public StartVariablesValidator(List<VariableDeclaration> declarations, boolean refuseUndeclared) {
        this.declarations = List.copyOf(declarations);
        this.refuseUndeclared = refuseUndeclared;
    }

    /** The declarations this validator enforces. */
    public List<VariableDeclaration> declarations() {
        return declarations;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (refuseUndeclared) {
            refuseUndeclared(execution);
        }
        // Every field is checked before refusing, so the citizen corrects them all in one go.
        List<FieldProblem> problems = new ArrayList<>();
        for (VariableDeclaration declaration : declarations) {
            Object value = execution.getVariable(declaration.name());
            if (isMissing(value)) {
                if (declaration.defaultValue() != null) {
                    execution.setVariable(declaration.name(), declaration.defaultValue());
                } else if (declaration.required()) {
                    problems.add(new FieldProblem(declaration.name(), "required", null, "is required"));
                }
            } else {
                problemWith(declaration, value)
                        .ifPresentOrElse(
                                problems::add,
                                () -> inIsoForm(declaration, value)
                                        .ifPresent(iso -> execution.setVariable(declaration.name(), iso)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidVariableException(problems);
        }
    }

    /**
     * The ISO-8601 form of a date typed day-first (30/11/2029), so every later reader — gateways,
     * the certificate — sees the same day; empty when the value is stored as it came.
     */
    static Optional<String> inIsoForm(VariableDeclaration declaration, Object value) {
        if (declaration.type() != VariableType.DATE || !(value instanceof String text)) {
            return Optional.empty();
        }
        return TypedDates.isoIfRewritten(text);
    }

    private void refuseUndeclared(DelegateExecution execution) {
        List<String> declared =
                declarations.stream().map(VariableDeclaration::name).toList();
        execution.getVariableNames().stream()
                .sorted()
                .filter(name -> !declared.contains(name) && !isMissing(execution.getVariable(name)))
                .findFirst()
                .ifPresent(name -> {
                    throw new InvalidVariableException(
                            name,
                            "is not a variable this case may be started with" + " (it may be started with " + declared
                                    + ")");
                });
    }

    /** Checks one present value against its declaration. */
    static void check(VariableDeclaration declaration, Object value) {
        problemWith(declaration, value).ifPresent(problem -> {
            throw new InvalidVariableException(List.of(problem));
        });
    }

    /** What is wrong with one present value, if anything. */
    static Optional<FieldProblem> problemWith(VariableDeclaration declaration, Object value) {
        String field = declaration.name();
        VariableType type = declaration.type();
        if (!type.accepts(value)) {
            return Optional.of(new FieldProblem(
                    field,
                    "type",
                    type.keyword(),
                    "must be a " + describe(type) + ", got " + value.getClass().getSimpleName() + " '"
                            + abbreviate(value) + "'"));
        }
        if (!declaration.allowed().isEmpty() && !declaration.allowed().contains(value)) {
            return Optional.of(new FieldProblem(
                    field,
                    "oneOf",
                    null,
                    "must be one of " + declaration.allowed() + ", got '" + abbreviate(value) + "'"));
        }
        return boundsProblem(declaration, type.measure(value));
    }

    private static Optional<FieldProblem> boundsProblem(VariableDeclaration declaration, OptionalDouble measured) {
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        double figure = measured.getAsDouble();
        String unit = unitOf(declaration.type());
        if (declaration.min().isPresent() && figure < declaration.min().getAsDouble()) {
            return Optional.of(new FieldProblem(
                    declaration.name(),
                    "min",
                    format(declaration.min()),
                    "must be at least " + format(declaration.min()) + unit + ", got " + format(measured)));
        }
        if (declaration.max().isPresent() && figure > declaration.max().getAsDouble()) {
            return Optional.of(new FieldProblem(
                    declaration.name(),
                    "max",
                    format(declaration.max()),
                    "must be at most " + format(declaration.max()) + unit + ", got " + format(measured)));
        }
        return Optional.empty();
    }

    /** Null and blank text both count as "not given": a form's empty field is not an answer. */
    static boolean isMissing(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }

    private static String describe(VariableType type) {
        return switch (type) {
            case DATE -> "date (day/month/year such as 30/11/2029, or ISO-8601 such as 2029-11-30)";
            case DURATION -> "duration (ISO-8601 text such as P7D)";
            default -> type.keyword();
        };
    }

    private static String unitOf(VariableType type) {
        return switch (type) {
            case STRING -> " characters";
            case LIST, MAP -> " entries";
            default -> "";
        };
    }

    private static String format(OptionalDouble figure) {
        double value = figure.getAsDouble();
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
