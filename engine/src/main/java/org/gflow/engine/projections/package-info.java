/**
 * The read models G-Flow keeps beside the engine's tables — the inbox's work items, a case's
 * grants, the hotline's figures, "My cases" — are rebuilt from what each engine command changed,
 * in that command's transaction ({@link org.gflow.engine.projections.ChangesAtCommit}).
 */
package org.gflow.engine.projections;
