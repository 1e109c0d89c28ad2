package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.CamundaJson.variables;

import java.util.List;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * A case's grants follow its open tasks. MONRE, consulted on a MOIC licence, reads the case
 * while its opinion is due and loses it — the task, the instance, its variables and its history
 * — once the opinion is in or the task is handed on; MOIC, which answers for the licence, keeps
 * reading its history.
 */
class CaseGrantWithdrawalIT extends EngineIT {

    private static final String MONRE_CONSULTANT = "souphaphone.monre";

    @Test
    void aConsultedMinistryLosesTheCaseOnceItsOpinionIsIn() {
        SecurityCases.Permit licence = new SecurityCases(baseUrl()).moicLicenceInConsultationWithMonre();
        Api monre = Api.as(baseUrl(), MONRE_CONSULTANT);
        List<String> views = views(licence);
        for (String view : views) {
            assertThat(readsSomething(monre.get(view)))
                    .as("while consulted: " + view)
                    .isTrue();
        }

        Api.Reply opinion = monre.post(
                "/engine-rest/task/" + licence.consultTask() + "/complete",
                variables("consultationOpinion", "ບໍ່ມີຜົນກະທົບຕໍ່ສິ່ງແວດລ້ອມ"));
        assertThat(opinion.status()).as(opinion.raw().body()).isEqualTo(204);

        for (String view : views) {
            assertThat(readsSomething(monre.get(view)))
                    .as("after the opinion: " + view)
                    .isFalse();
        }
        Api moicReviewer = Api.as(baseUrl(), "chanthala.moic");
        assertThat(moicReviewer
                        .get("/engine-rest/history/process-instance/" + licence.caseId())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void whoHandsATaskOnLosesTheCase() {
        SecurityCases.Permit licence = new SecurityCases(baseUrl()).moicLicenceInConsultationWithMonre();
        String task = "/engine-rest/task/" + licence.consultTask();
        Api monre = Api.as(baseUrl(), MONRE_CONSULTANT);
        assertThat(monre.post(task + "/claim", Map.of("userId", MONRE_CONSULTANT))
                        .status())
                .isEqualTo(204);

        // an administrator gives the consultation to MONRE's division head by name, and to no group
        Api admin = Api.as(baseUrl(), "admin");
        assertThat(admin.post(task + "/assignee", Map.of("userId", "latsamy.monre"))
                        .status())
                .isEqualTo(204);
        assertThat(admin.post(
                                task + "/identity-links/delete",
                                Map.of("groupId", "monre-permit-consultation", "type", "candidate"))
                        .status())
                .isEqualTo(204);

        for (String view : views(licence)) {
            assertThat(readsSomething(monre.get(view)))
                    .as("after the handover: " + view)
                    .isFalse();
        }
        Api divisionHead = Api.as(baseUrl(), "latsamy.monre");
        assertThat(divisionHead.get(task).status()).isEqualTo(200);
        assertThat(divisionHead
                        .get("/engine-rest/process-instance/" + licence.caseId() + "/variables")
                        .status())
                .isEqualTo(200);
    }

    private static List<String> views(SecurityCases.Permit licence) {
        String caseId = licence.caseId();
        return List.of(
                "/engine-rest/task/" + licence.consultTask(),
                "/engine-rest/task?processInstanceId=" + caseId,
                "/engine-rest/process-instance/" + caseId,
                "/engine-rest/process-instance/" + caseId + "/variables",
                "/engine-rest/variable-instance?processInstanceIdIn=" + caseId,
                "/engine-rest/history/process-instance/" + caseId,
                "/engine-rest/history/task?processInstanceId=" + caseId,
                "/engine-rest/history/variable-instance?processInstanceId=" + caseId,
                "/api/inbox/cases/" + caseId);
    }

    /** A 2xx answer that carries data: an object, or a list with something in it. */
    static boolean readsSomething(Api.Reply reply) {
        if (reply.status() / 100 != 2 || reply.json().isNull()) {
            return false;
        }
        return !reply.json().isArray() || !reply.json().isEmpty();
    }
}
