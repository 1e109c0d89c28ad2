/**
 * Working-day deadlines: the public-holiday table administrators edit ({@code /api/admin/holidays}),
 * its cache, the office hours ({@code gflow.calendar.*}) and the registration of the working-day
 * business calendar with the engine, so every timer and due date counts working days.
 */
package org.gflow.engine.calendar;
