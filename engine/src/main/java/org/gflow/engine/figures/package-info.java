/**
 * The hotline's figures for supervisors, the Office and the public: per organisation, province and
 * category — open, overdue, answered on time, median working days to answer, reopen rate, rating
 * and the weekly trend — read from a small per-complaint table ({@code gflow_complaint_fact}) that
 * the engine keeps in step with each complaint ({@link org.gflow.engine.figures.ComplaintFactSync}),
 * never from a scan of the engine's history per request. A supervisor sees their organisation, the
 * Office ({@code opm-hotline-triage}) and the administrators see all ({@link
 * org.gflow.engine.figures.FiguresAccess}); the public sees per-organisation figures over the last
 * twelve months with small groups suppressed.
 */
package org.gflow.engine.figures;
