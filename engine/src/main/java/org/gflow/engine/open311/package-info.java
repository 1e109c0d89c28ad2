/**
 * Open311 GeoReport v2 for the hotline 1516 ({@code /open311/v2}): the hotline's categories as
 * services, complaints filed by apps holding an administrator's key ({@code /api/admin/open311/keys})
 * as hotline cases like any other, and those complaints' public progress — never personal data.
 * Answers and refusals in JSON or XML, refusals as the protocol's error list.
 */
package org.gflow.engine.open311;
