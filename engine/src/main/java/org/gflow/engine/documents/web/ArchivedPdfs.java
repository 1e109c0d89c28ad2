package org.gflow.engine.documents.web;

import org.gflow.engine.documents.DocumentService;
import org.gflow.engine.documents.archive.ArchivedDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An archived document's PDF as a download: the archived bytes, never a re-rendering. */
final class ArchivedPdfs {

    private ArchivedPdfs() {}

    /** The PDF, named by its serial, with its fingerprint so a reader can compare copies. */
    static ResponseEntity<byte[]> download(DocumentService documents, ArchivedDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(document.serial() + ".pdf")
                                .build()
                                .toString())
                .header("X-Document-SHA256", document.sha256())
                .body(documents.archive().pdf(document));
    }
}
