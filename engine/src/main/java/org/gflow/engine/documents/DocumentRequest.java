package org.gflow.engine.documents;

import java.util.Map;
import org.gflow.engine.documents.layout.DocumentKind;

/**
 * A request to issue a document for a case.
 *
 * @param taskId the render task; a retried task with the same id gets the same document back
 * @param kind the document kind
 * @param processInstanceId the case
 * @param businessKey the case's business key, or {@code null}
 * @param variables the case's variables
 */
public record DocumentRequest(
        String taskId,
        DocumentKind kind,
        String processInstanceId,
        String businessKey,
        Map<String, Object> variables) {}
