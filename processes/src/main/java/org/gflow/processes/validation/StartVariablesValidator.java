package org.gflow.processes.validation;

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
    for (VariableDeclaration declaration : declarations) {
      Object value = execution.getVariable(declaration.name());
      if (isMissing(value)) {
        supplyDefaultOrRefuse(execution, declaration);
      } else {
        check(declaration, value);
        inIsoForm(declaration, value).ifPresent(iso -> execution.setVariable(declaration.name(), iso));
      }
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
    List<String> declared = declarations.stream().map(VariableDeclaration::name).toList();
    execution.getVariableNames().stream().sorted()
        .filter(name -> !declared.contains(name) && !isMissing(execution.getVariable(name)))
        .findFirst().ifPresent(name -> {
          throw new InvalidVariableException(name, "is not a variable this case may be started with"
              + " (it may be started with " + declared + ")");
        });
  }

  /** Checks one present value against its declaration. */
  static void check(VariableDeclaration declaration, Object value) {
    String field = declaration.name();
    VariableType type = declaration.type();
    if (!type.accepts(value)) {
      throw new InvalidVariableException(field, "must be a " + describe(type) + ", got "
          + value.getClass().getSimpleName() + " '" + abbreviate(value) + "'");
    }
    if (!declaration.allowed().isEmpty() && !declaration.allowed().contains(value)) {
      throw new InvalidVariableException(field, "must be one of " + declaration.allowed()
          + ", got '" + abbreviate(value) + "'");
    }
    checkBounds(declaration, type.measure(value));
  }

  private static void supplyDefaultOrRefuse(DelegateExecution execution,
      VariableDeclaration declaration) {
    if (declaration.defaultValue() != null) {
      execution.setVariable(declaration.name(), declaration.defaultValue());
    } else if (declaration.required()) {
      throw new InvalidVariableException(declaration.name(), "is required");
    }
  }

  private static void checkBounds(VariableDeclaration declaration, OptionalDouble measured) {
    if (measured.isEmpty()) {
      return;
    }
    double figure = measured.getAsDouble();
    String unit = unitOf(declaration.type());
    if (declaration.min().isPresent() && figure < declaration.min().getAsDouble()) {
      throw new InvalidVariableException(declaration.name(),
          "must be at least " + format(declaration.min()) + unit + ", got " + format(measured));
    }
    if (declaration.max().isPresent() && figure > declaration.max().getAsDouble()) {
      throw new InvalidVariableException(declaration.name(),
          "must be at most " + format(declaration.max()) + unit + ", got " + format(measured));
    }
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
