package org.gflow.engine.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gflow.engine.documents.archive.ArchivedDocument;
import org.gflow.engine.documents.layout.DocumentKind;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.springframework.stereotype.Component;

/**
 * Built-in {@code gflow.document-render}: issues the document named by {@code documentKind}
 * ({@code certificate}, {@code letter} or {@code answer}) from the case's variables and sets
 * {@code documentCode}, {@code documentSerial} and {@code documentId}. A missing variable or a
 * character the font cannot print fails the step with a message naming it, so the incident
 * says what to fix. A retried step returns the document it issued before.
 *
 * <p>Before rendering it adds what the case holds outside its variables
 * ({@link CaseDocumentVariables}).
 */
@Component
class DocumentRenderIntegration implements Integration {

    private final DocumentService documents;
    private final CaseDocumentVariables caseVariables;

    DocumentRenderIntegration(DocumentService documents, CaseDocumentVariables caseVariables) {
        this.documents = documents;
        this.caseVariables = caseVariables;
    }

    @Override
    public String topic() {
        return "gflow.document-render";
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) {
        DocumentKind kind = DocumentKind.fromCode(call.requireText("documentKind"));
        Map<String, Object> variables = caseVariables.complete(call.processInstanceId(), call.variables());
        ArchivedDocument document = documents
                .issue(new DocumentRequest(
                        call.taskId(), kind, call.processInstanceId(), call.businessKey(), variables))
                .document();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("documentCode", document.code());
        result.put("documentSerial", document.serial());
        result.put("documentId", document.id());
        return IntegrationResult.of(result);
    }
}
