package org.gflow.engine.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Attachment;
import org.gflow.engine.identity.DisplayName;
import org.gflow.ldap.DirectoryPeople;
import org.springframework.stereotype.Component;

/**
 * What a document prints beyond the case's own variables: the names of the case's attachments
 * (when no {@code attachments} variable lists them), the directory names of the approvers in
 * {@code signoffTrail} and of the {@code approvingOfficer}, and the directory titles of who signs
 * ({@code approvingOfficerTitle} of a permit, {@code signatoryTitle} of a letter: its last
 * approver). Shared by the issued document and its preview, so both print the same.
 */
@Component
public class CaseDocumentVariables {

    private static final Pattern LAO_SCRIPT = Pattern.compile("\\p{IsLao}");

    private final TaskService taskService;
    private final IdentityService identityService;
    private final DirectoryPeople people;

    CaseDocumentVariables(TaskService taskService, IdentityService identityService, DirectoryPeople people) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.people = people;
    }

    /** The case's variables with the names added; the given map is left as it is. */
    public Map<String, Object> complete(String processInstanceId, Map<String, Object> caseVariables) {
        Map<String, Object> variables = new HashMap<>(caseVariables);
        variables.computeIfAbsent("attachments", name -> attachmentNames(processInstanceId));
        SignoffTrails.lastApproval(caseVariables.get("signoffTrail"))
                .map(approval -> approval.get("approver"))
                .ifPresent(signatory -> variables.putIfAbsent("signatoryTitle", titlesOf(signatory)));
        variables.computeIfPresent("signoffTrail", (name, trail) -> withApproverNames(trail));
        // the permit records who decided by user id; the certificate carries their name and title
        Object officer = caseVariables.get("approvingOfficer");
        if (officer != null) {
            variables.putIfAbsent("approvingOfficerTitle", titlesOf(officer));
            variables.put("approvingOfficer", nameOf(officer.toString()));
        }
        // a letter is addressed to organisations by their titles, not by their codes
        variables.computeIfPresent("recipients", (name, recipients) -> withOrganisationTitles(recipients));
        return variables;
    }

    private static Object withOrganisationTitles(Object recipients) {
        if (!(recipients instanceof List<?> codes)) {
            return recipients;
        }
        return codes.stream()
                .map(code -> IssuingBodies.named(code)
                        .map(title -> (Object) title.lo())
                        .orElse(code))
                .toList();
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
            if (entry instanceof Map<?, ?> decision
                    && decision.get("approver") != null
                    && decision.get("approverName") == null) {
                Map<Object, Object> copy = new LinkedHashMap<>(decision);
                copy.put("approverName", nameOf(decision.get("approver").toString()));
                named.add(copy);
            } else {
                named.add(entry);
            }
        }
        return named;
    }

    /** The person's titles, the Lao one first whatever order the directory keeps them in. */
    private List<String> titlesOf(Object userId) {
        return people.titlesOf(userId.toString()).stream()
                .sorted(Comparator.comparing(title -> !LAO_SCRIPT.matcher(title).find()))
                .toList();
    }

    private String nameOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : DisplayName.of(user);
    }
}
