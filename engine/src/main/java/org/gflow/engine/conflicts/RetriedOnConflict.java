package org.gflow.engine.conflicts;

/**
 * A command of G-Flow's own whose whole effect is its own transaction and whose second run, after
 * another transaction changed the case first, is what the user wanted: it is run again on a
 * conflict like a task completion is ({@link RetriedCommands}).
 */
public interface RetriedOnConflict {}
