package org.gflow.engine.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Attachment;
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
 * <p>Before rendering it adds what the case holds outside its variables: the names of the
 * case's attachments (when no {@code attachments} variable lists them) and the directory names
 * of the approvers in {@code signoffTrail}.
 */
@Component
class DocumentRenderIntegration implements Integration {

    private final DocumentService documents;
    private final TaskService taskService;
    private final IdentityService identityService;

    DocumentRenderIntegration(DocumentService documents, TaskService taskService, IdentityService identityService) {
        this.documents = documents;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    @Override
    public String topic() {
        return "gflow.document-render";
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) {
        DocumentKind kind = DocumentKind.fromCode(call.requireText("documentKind"));
        Map<String, Object> variables = new HashMap<>(call.variables());
        variables.computeIfAbsent("attachments", name -> attachmentNames(call.processInstanceId()));
        variables.computeIfPresent("signoffTrail", (name, trail) -> withApproverNames(trail));
        // the permit records who decided by user id; the certificate carries their name
        variables.computeIfPresent("approvingOfficer", (name, id) -> nameOf(id.toString()));
        ArchivedDocument document = documents.issue(new DocumentRequest(call.taskId(), kind,
                call.processInstanceId(), call.businessKey(), variables)).document();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("documentCode", document.code());
        result.put("documentSerial", document.serial());
        result.put("documentId", document.id());
        return IntegrationResult.of(result);
    }

    private List<String> attachmentNames(String processInstanceId) {
        return taskService.getProcessInstanceAttachments(processInstanceId).stream()
                .map(Attachment::getName)
                .filter(name -> name != null && !name.isBlank())
                .toList();
    }

    private Object withApproverNames(Object trail) {
        if (!(trail instanceof List<?> entries)) {
            return trail;
        }
        List<Object> named = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> decision && decision.get("approver") != null && decision.get("approverName") == null) {
                Map<Object, Object> copy = new LinkedHashMap<>(decision);
                copy.put("approverName", nameOf(decision.get("approver").toString()));
                named.add(copy);
            } else {
                named.add(entry);
            }
        }
        return named;
    }

    private String nameOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : fullName(user);
    }

    private static String fullName(User user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String last = user.getLastName() == null ? "" : user.getLastName();
        String name = (first + " " + last).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
