package org.gflow.engine.documents.web;

import java.io.IOException;
import org.gflow.engine.documents.DocumentService;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.errors.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Public verification of documents, no login: what the QR code's page asks. A code that does
 * not exist and a code that is malformed get the same plain 404 after the same lookup, so the
 * answers do not help anyone find codes that exist.
 */
@RestController
@RequestMapping("/api/public/documents")
class PublicDocumentController {

    private final DocumentService documents;

    PublicDocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/{code}")
    DocumentViews.Verification verify(@PathVariable("code") String code) {
        return documents
                .verify(code)
                .map(document -> DocumentViews.Verification.of(document, documents.today()))
                .orElseThrow(ProblemException::notFound);
    }

    /**
     * The archived PDF itself, for whoever holds its code: the citizen the track page gave it to,
     * or a reader of the printed copy fetching the original to compare.
     */
    @GetMapping("/{code}/pdf")
    ResponseEntity<?> pdf(@PathVariable("code") String code) {
        return documents
                .verify(code)
                .<ResponseEntity<?>>map(document -> ArchivedPdfs.download(documents, document))
                .orElseGet(Problems::notFound);
    }

    @PostMapping("/{code}/check")
    DocumentViews.Check check(@PathVariable("code") String code, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.isEmpty()) {
            throw new BadRequestException("file", "Upload the PDF to check.");
        }
        return documents
                .matches(code, file.getBytes())
                .map(DocumentViews.Check::new)
                .orElseThrow(ProblemException::notFound);
    }
}
