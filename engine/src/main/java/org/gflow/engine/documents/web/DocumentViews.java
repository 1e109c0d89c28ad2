package org.gflow.engine.documents.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.gflow.engine.documents.archive.ArchivedDocument;
import org.gflow.plugin.api.LaoTime;

/** What the documents' endpoints return. */
final class DocumentViews {

    private DocumentViews() {}

    /**
     * What the public verification page may show: nothing that identifies the case or tells
     * anything beyond the paper in the visitor's hands.
     */
    @Schema(name = "DocumentVerification")
    record Verification(
            String kind,
            String serial,
            String caseNumber,
            String holderName,
            LocalDate issuedOn,
            String issuingBody,
            LocalDate validUntil,
            String status) {

        /** @param document its case number is the case's reference (tracking number, APP reference) */
        static Verification of(ArchivedDocument document, LocalDate today) {
            return new Verification(
                    document.kind(),
                    document.serial(),
                    document.businessKey(),
                    document.holderName(),
                    document.issuedAt().atZone(LaoTime.ZONE).toLocalDate(),
                    document.issuingBody(),
                    document.validUntil(),
                    document.status(today).code());
        }
    }

    /** The answer to an upload: do these bytes match the archived PDF? */
    @Schema(name = "DocumentCheck")
    record Check(boolean matches) {}

    /** A case's document as the inbox lists it. */
    record CaseDocument(
            String id,
            String kind,
            String serial,
            String code,
            String holderName,
            String issuingBody,
            Instant issuedAt,
            LocalDate validUntil,
            String status,
            String revocationReason,
            String sha256,
            int sizeBytes) {

        static CaseDocument of(ArchivedDocument document, LocalDate today) {
            return new CaseDocument(
                    document.id(),
                    document.kind(),
                    document.serial(),
                    document.code(),
                    document.holderName(),
                    document.issuingBody(),
                    document.issuedAt(),
                    document.validUntil(),
                    document.status(today).code(),
                    document.revocationReason(),
                    document.sha256(),
                    document.sizeBytes());
        }
    }

    /** The body of a revocation. */
    record Revocation(String reason) {}
}
