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

    /** What a draft shows where an issued document has its serial. */
    public static final String DRAFT_MARK = "ຮ່າງ / DRAFT";

    /** The stamp of a preview: no serial, no code, nothing to verify. */
    public static DocumentStamp draft(ZonedDateTime at) {
        return new DocumentStamp(DRAFT_MARK, null, null, at);
    }

    /** Whether this is a draft's stamp rather than an issued document's. */
    public boolean draft() {
        return code == null;
    }
}
