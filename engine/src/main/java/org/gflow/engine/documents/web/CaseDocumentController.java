package org.gflow.engine.documents.web;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.gflow.engine.documents.DocumentService;
import org.gflow.engine.errors.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's documents in the inbox: the list and the PDFs. Only for users who may see the case:
 * the history query below runs with the signed-in user's authentication, so Camunda's
 * authorizations decide, and a case the user may not see answers 404 exactly like one that
 * does not exist.
 */
@RestController
class CaseDocumentController {

    private final DocumentService documents;
    private final HistoryService historyService;

    CaseDocumentController(DocumentService documents, HistoryService historyService) {
        this.documents = documents;
        this.historyService = historyService;
    }

    /** The case's documents; a case one may not see is as unknown as one that never was (404). */
    @GetMapping("/api/cases/{processInstanceId}/documents")
    List<DocumentViews.CaseDocument> list(@PathVariable("processInstanceId") String processInstanceId) {
        if (!maySee(processInstanceId)) {
            throw new NotFoundException("no case " + processInstanceId + " to show");
        }
        return documents.archive().byCase(processInstanceId).stream()
                .map(document -> DocumentViews.CaseDocument.of(document, documents.today()))
                .toList();
    }

    @GetMapping("/api/documents/{id}/pdf")
    ResponseEntity<?> pdf(@PathVariable("id") String id) {
        return documents
                .archive()
                .byId(id)
                .filter(document -> maySee(document.processInstanceId()))
                .<ResponseEntity<?>>map(document -> ArchivedPdfs.download(documents, document))
                .orElseGet(CaseDocumentController::notFound);
    }

    private boolean maySee(String processInstanceId) {
        return historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                == 1;
    }

    private static ResponseEntity<?> notFound() {
        return Problems.notFound();
    }
}
