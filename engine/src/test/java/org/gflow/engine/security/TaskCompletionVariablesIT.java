package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.CamundaJson.variables;

import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * A task's completion writes only what its form declares: routing, the organisation and the
 * engine's own numbers stay the engine's, whichever door the variables come through.
 */
class TaskCompletionVariablesIT extends EngineIT {

    @Test
    void theFrontOfficeCannotRouteAPermitToItself() {
        Api frontOffice = Api.as(baseUrl(), "bouasone.moic");
        String caseId = frontOffice.start(
                "permit",
                variables(
                        "permitType",
                        "business-licence",
                        "applicantName",
                        "ຮ້ານ ສີສະຫວາດ",
                        "businessSize",
                        "small",
                        "investmentAmount",
                        50_000_000));
        String check = onlyTask(frontOffice, caseId, "checkCompleteness");
        Map<String, Object> rerouted = variables(
                "documentsComplete", true, "reviewerGroup", "moic-front-office", "directorGroup", "moic-front-office");

        for (String door : new String[] {"/complete", "/submit-form"}) {
            Api.Reply refused = frontOffice.post("/engine-rest/task/" + check + door, rerouted);
            assertThat(refused.status()).as(door + ": " + refused.raw().body()).isEqualTo(400);
            assertThat(refused.text("field")).isIn("reviewerGroup", "directorGroup");
            assertThat(refused.text("message")).contains("reviewerGroup", "directorGroup", "checkCompleteness");
        }

        completeTask(frontOffice, caseId, "checkCompleteness", variables("documentsComplete", true));
        onlyTask(Api.as(baseUrl(), "chanthala.moic"), caseId, "technicalReview");
        assertThat(frontOffice
                        .get("/engine-rest/task?processInstanceId=" + caseId)
                        .json())
                .isEmpty();
        assertThat(caseVariable(caseId, "reviewerGroup").asText()).isEqualTo("moic-licence-reviewers");
    }

    @Test
    void aVerifierCannotRerouteOrRenumberAComplaint() {
        String caseId = complaintAtVerification();
        Api verifier = Api.as(baseUrl(), "ounkham.moic");
        String verify = onlyTask(verifier, caseId, "verifyComplaint");

        for (String door : new String[] {"/complete", "/submit-form"}) {
            Api.Reply rerouted = verifier.post(
                    "/engine-rest/task/" + verify + door,
                    variables("complaintTrue", true, "responsibleGroup", "opm-hotline-triage"));
            assertThat(rerouted.status())
                    .as(door + ": " + rerouted.raw().body())
                    .isEqualTo(400);
            assertThat(rerouted.text("field")).isEqualTo("responsibleGroup");
        }
        Api.Reply renumbered = verifier.post(
                "/engine-rest/task/" + verify + "/complete",
                variables("complaintTrue", false, "trackingNumber", "1516-2026-999999"));
        assertThat(renumbered.status()).isEqualTo(400);
        assertThat(renumbered.text("field")).isEqualTo("trackingNumber");
        Api.Reply badAnswer =
                verifier.post("/engine-rest/task/" + verify + "/complete", variables("complaintTrue", "perhaps"));
        assertThat(badAnswer.status()).isEqualTo(400);
        assertThat(badAnswer.text("field")).isEqualTo("complaintTrue");

        String trackingNumber = caseVariable(caseId, "trackingNumber").asText();
        Api.Reply withReadOnlyFields = verifier.post(
                "/engine-rest/task/" + verify + "/submit-form",
                variables(
                        "trackingNumber",
                        trackingNumber,
                        "complaintTrue",
                        false,
                        "verificationNotes",
                        "ກວດແລ້ວ, ຮ້ານມີໃບອະນຸຍາດ"));
        assertThat(withReadOnlyFields.status())
                .as(withReadOnlyFields.raw().body())
                .isIn(200, 204);
        onlyTask(verifier, caseId, "writeExplanation");
    }

    @Test
    void taskVariablesCannotBeWrittenAroundTheCompletion() {
        String caseId = complaintAtVerification();
        Api verifier = Api.as(baseUrl(), "ounkham.moic");
        String verify = onlyTask(verifier, caseId, "verifyComplaint");
        String task = "/engine-rest/task/" + verify;

        // Working a task is TASK_WORK: a candidate writes variables only by completing it, so a
        // write around the completion is refused whatever it names — by Camunda's permission
        // check (403) or, for one who holds UPDATE, by the task's declarations (400).
        Api.Reply put = verifier.put(task + "/variables/responsibleGroup", Map.of("value", "opm-hotline-triage"));
        assertThat(put.status()).as(put.raw().body()).isIn(400, 403);
        Api.Reply putLocal =
                verifier.put(task + "/localVariables/responsibleGroup", Map.of("value", "opm-hotline-triage"));
        assertThat(putLocal.status()).as(putLocal.raw().body()).isIn(400, 403);
        Api.Reply modify = verifier.post(
                task + "/variables", Map.of("modifications", Map.of("responsibleOrg", Map.of("value", "opm"))));
        assertThat(modify.status()).as(modify.raw().body()).isIn(400, 403);
        Api.Reply delete = verifier.delete(task + "/variables/responsibleGroup");
        assertThat(delete.status()).as(delete.raw().body()).isIn(400, 403);
        Api.Reply declared = verifier.put(task + "/variables/verificationNotes", Map.of("value", "ກຳລັງກວດ"));
        assertThat(declared.status())
                .as("only the completion writes, even a declared field")
                .isIn(400, 403);

        assertThat(caseVariable(caseId, "responsibleGroup").asText()).isEqualTo("moic-hotline-verifiers");
        assertThat(caseVariable(caseId, "responsibleOrg").asText()).isEqualTo("moic");
    }

    /** A business complaint, registered and triaged, waiting for the Ministry of Industry and Commerce. */
    private String complaintAtVerification() {
        String caseId = Api.as(baseUrl(), "phonsavanh.opm")
                .startPhoneComplaint("ຮ້ານຄ້າຂາຍເຄື່ອງໝົດອາຍຸ ຢູ່ຕະຫຼາດເຊົ້າ", "business", "vientiane");
        Api.as(baseUrl(), "admin").trackingNumberOf(caseId);
        completeTask(Api.as(baseUrl(), "vilayvanh.opm"), caseId, "triageComplaint", Map.of("variables", Map.of()));
        return caseId;
    }
}
