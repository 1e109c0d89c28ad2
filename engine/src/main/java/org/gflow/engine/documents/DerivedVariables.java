package org.gflow.engine.documents;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gflow.engine.vocabulary.Vocabulary;

/**
 * Variables a document may print that the case holds only in another form. The case's own
 * values always win; these fill gaps:
 * <ul>
 *   <li>{@code ministryNameLo}/{@code ministryNameEn} from {@code ministry}, and
 *       {@code responsibleOrgNameLo}/{@code responsibleOrgNameEn} from {@code responsibleOrg}
 *       (organisation codes such as {@code moic});</li>
 *   <li>{@code permitNumber} from the case's business key;</li>
 *   <li>{@code validFrom}, {@code registeredAt} and {@code publishedAt}: the issue date;</li>
 *   <li>{@code complaintSummary} from the hotline's {@code complaintText};</li>
 *   <li>{@code holderName} of a permit: the enterprise the registry names ({@code enterpriseName}),
 *       else the {@code applicantName};</li>
 *   <li>{@code businessTypeName}, {@code permitTypeName}, {@code categoryName} and
 *       {@code provinceName}: the Lao names of those codes, so no document prints a code;</li>
 *   <li>{@code signatory} of a letter: the last approver of its {@code signoffTrail}.</li>
 * </ul>
 */
final class DerivedVariables {

    private DerivedVariables() {}

    static Map<String, Object> complete(Map<String, Object> caseVariables, String businessKey, ZonedDateTime issuedAt) {
        Map<String, Object> variables = new HashMap<>();
        organisationName(variables, "ministry", caseVariables.get("ministry"));
        organisationName(variables, "responsibleOrg", caseVariables.get("responsibleOrg"));
        if (businessKey != null) {
            variables.put("permitNumber", businessKey);
        }
        String issueDate = issuedAt.toLocalDate().toString();
        variables.put("validFrom", issueDate);
        variables.put("registeredAt", issueDate);
        variables.put("publishedAt", issueDate);
        if (caseVariables.get("complaintText") != null) {
            variables.put("complaintSummary", caseVariables.get("complaintText"));
        }
        // a licence is granted to the registered enterprise, whoever filed the application
        Object holder = caseVariables.get("enterpriseName") != null
                ? caseVariables.get("enterpriseName")
                : caseVariables.get("applicantName");
        if (holder != null) {
            variables.put("holderName", holder);
        }
        for (String coded : List.of("businessType", "permitType", "category", "province")) {
            Vocabulary.standard()
                    .termOf(coded, caseVariables.get(coded))
                    .ifPresent(term -> variables.put(coded + "Name", term.lo()));
        }
        SignoffTrails.lastApproval(caseVariables.get("signoffTrail"))
                .ifPresent(approval -> variables.put(
                        "signatory",
                        approval.get("approverName") != null
                                ? approval.get("approverName")
                                : approval.get("approver")));
        caseVariables.forEach((name, value) -> {
            if (value != null) {
                variables.put(name, value);
            }
        });
        return variables;
    }

    private static void organisationName(Map<String, Object> variables, String variable, Object code) {
        IssuingBodies.named(code).ifPresent(name -> {
            variables.put(variable + "NameLo", name.lo());
            variables.put(variable + "NameEn", name.en());
        });
    }
}
