package org.gflow.processes.validation;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A process was started with a missing or malformed variable. The message names the field; the
 * engine rolls back the start, so no process instance is left behind. Callers (the REST layer)
 * map it to a client error such as HTTP 400.
 */
public class InvalidVariableException extends ProcessEngineException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field the name of the offending variable
   * @param problem what is wrong with it, phrased to follow the field name (e.g. "is required")
   */
  public InvalidVariableException(String field, String problem) {
    super("Start variable '" + field + "' " + problem);
    this.field = field;
  }

  /** The name of the variable that failed validation. */
  public String field() {
    return field;
  }
}
