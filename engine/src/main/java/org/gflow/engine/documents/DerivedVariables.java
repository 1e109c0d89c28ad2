package org.gflow.engine.documents;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

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
 *   <li>{@code holderName} of a permit from its {@code applicantName}.</li>
 * </ul>
 */
final class DerivedVariables {

    private DerivedVariables() {
    }

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
        if (caseVariables.get("applicantName") != null) {
            variables.put("holderName", caseVariables.get("applicantName"));
        }
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
