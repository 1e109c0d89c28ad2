package org.gflow.engine.documents.web;

import org.gflow.engine.documents.DocumentService;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.errors.ProblemException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Revokes a document (group {@code gflow-admins}, enforced for all of {@code /api/admin/**}). */
@RestController
class AdminDocumentController {

    private static final int MAX_REASON = 1000;

    private final DocumentService documents;

    AdminDocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @PostMapping("/api/admin/documents/{code}/revoke")
    DocumentViews.CaseDocument revoke(
            @PathVariable("code") String code, @RequestBody DocumentViews.Revocation revocation) {
        String reason = revocation == null || revocation.reason() == null
                ? ""
                : revocation.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new BadRequestException(
                    "reason", "Give the reason for the revocation, at most " + MAX_REASON + " characters.");
        }
        return documents
                .revoke(code, reason)
                .map(document -> DocumentViews.CaseDocument.of(document, documents.today()))
                .orElseThrow(ProblemException::notFound);
    }
}
