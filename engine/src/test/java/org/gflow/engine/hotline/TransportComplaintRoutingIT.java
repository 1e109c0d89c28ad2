package org.gflow.engine.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * A transport complaint (a broken road, a bus route) is verified by the Ministry of Public Works
 * and Transport, not by the Ministry of Technology and Communications: the routing table, the
 * directory's groups and the engine's authorizations agree.
 */
class TransportComplaintRoutingIT extends EngineIT {

    private static final String MPWT_VERIFIER = "anouxay.mpwt";
    private static final String MTC_VERIFIER = "mixay.mtc";

    @Test
    void aTransportComplaintIsVerifiedByTheMinistryOfPublicWorksAndTransport() {
        String marker = "road" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = Api.as(baseUrl(), "phonsavanh.opm")
                .startPhoneComplaint("ທາງເລກ 13 ເໜືອ ເປັນຂຸມເລິກ ລົດຕົກຂຸມທຸກມື້ " + marker, "transport", "vientiane");
        completeTask(Api.as(baseUrl(), "vilayvanh.opm"), caseId, "triageComplaint", Map.of("variables", Map.of()));

        Api mpwt = Api.as(baseUrl(), MPWT_VERIFIER);
        String verifyTask = onlyTask(mpwt, caseId, "verifyComplaint");
        assertThat(caseVariable(caseId, "responsibleOrg").asText()).isEqualTo("mpwt");
        assertThat(mpwt.get("/api/inbox/tasks?q=" + marker).json().path("items").toString())
                .contains(verifyTask)
                .contains("mpwt-hotline-verifiers");
        assertThat(mpwt.post("/engine-rest/task/" + verifyTask + "/claim", Map.of("userId", MPWT_VERIFIER))
                        .status())
                .isIn(200, 204);

        Api mtc = Api.as(baseUrl(), MTC_VERIFIER);
        assertThat(mtc.get("/api/inbox/tasks?q=" + marker).json().path("items").size())
                .as("the Ministry of Technology and Communications does not get it")
                .isZero();
        assertThat(mtc.get("/engine-rest/task?processInstanceId=" + caseId)
                        .json()
                        .size())
                .isZero();
    }
}
