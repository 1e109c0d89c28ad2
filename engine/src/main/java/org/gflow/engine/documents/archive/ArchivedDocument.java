package org.gflow.engine.documents.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One issued document as the archive keeps it (the PDF itself is in the {@link PdfStore}).
 *
 * @param id the archive's id, a UUID
 * @param taskId the external task that rendered it
 * @param kind the document kind, e.g. {@code certificate}
 * @param serial the human serial
 * @param code the verification code
 * @param processInstanceId the case
 * @param businessKey the case's business key, or {@code null}
 * @param holderName whom the document is for, or {@code null}
 * @param issuingBody the issuing body, in Lao
 * @param issuedAt when it was issued
 * @param validUntil its last valid day, or {@code null} when it does not expire
 * @param sha256 the SHA-256 of the PDF, lower-case hex
 * @param sizeBytes the PDF's size
 * @param revokedAt when it was revoked, or {@code null}
 * @param revocationReason why, or {@code null}
 */
public record ArchivedDocument(
        String id,
        String taskId,
        String kind,
        String serial,
        String code,
        String processInstanceId,
        String businessKey,
        String holderName,
        String issuingBody,
        Instant issuedAt,
        LocalDate validUntil,
        String sha256,
        int sizeBytes,
        Instant revokedAt,
        String revocationReason) {

    /** Revoked wins over expired: a revoked document must never read as merely expired. */
    public DocumentStatus status(LocalDate today) {
        if (revokedAt != null) {
            return DocumentStatus.REVOKED;
        }
        return validUntil != null && validUntil.isBefore(today) ? DocumentStatus.EXPIRED : DocumentStatus.VALID;
    }
}
