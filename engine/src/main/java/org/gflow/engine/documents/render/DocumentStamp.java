package org.gflow.engine.documents.render;

import java.time.ZonedDateTime;

/**
 * What makes one issued document unique: printed on every page and encoded in its QR code.
 *
 * @param serial the human serial, per kind and year, e.g. {@code C-2026-000042}
 * @param code the unguessable verification code
 * @param verifyUrl the public page that verifies the document, {@code <public-url>/verify/<code>}
 * @param issuedAt when it was issued
 */
public record DocumentStamp(String serial, String code, String verifyUrl, ZonedDateTime issuedAt) {
}
