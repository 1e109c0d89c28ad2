package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * A task stays in the organisation it belongs to, whatever the door: Camunda's REST API
 * ({@code /assignee}, {@code /delegate}, {@code /claim}, {@code /identity-links}, {@code PUT})
 * and the inbox refuse to hand a Bokeo complaint to a MOIC verifier — even for an administrator
 * — while Bokeo's own supervisor may reassign it inside Bokeo.
 */
class TaskHandoverIT extends EngineIT {

    private static final String BOKEO_VERIFIER = "nalinh.bokeo";
    private static final String BOKEO_SUPERVISOR = "sengphet.bokeo";
    private static final String MOIC_VERIFIER = "ounkham.moic";

    @Test
    void aHandoverToAnotherOrganisationIsRefusedAtEveryDoor() {
        SecurityCases.Hotline complaint = new SecurityCases(baseUrl()).bokeoComplaintAwaitingVerification();
        String task = "/engine-rest/task/" + complaint.verifyTask();
        Api verifier = Api.as(baseUrl(), BOKEO_VERIFIER);
        Api admin = Api.as(baseUrl(), "admin");
        Map<String, String> toMoic = Map.of("userId", MOIC_VERIFIER);

        refusedAsOutside(verifier.post(task + "/claim", toMoic));
        assertThat(verifier.post(task + "/claim", Map.of("userId", BOKEO_VERIFIER))
                        .status())
                .isEqualTo(204);
        refusedAsOutside(verifier.post(task + "/assignee", toMoic));
        refusedAsOutside(verifier.post(task + "/delegate", toMoic));
        refusedAsOutside(admin.post(task + "/assignee", toMoic));
        refusedAsOutside(admin.post(task + "/identity-links", Map.of("userId", MOIC_VERIFIER, "type", "candidate")));
        refusedAsOutside(
                admin.post(task + "/identity-links", Map.of("groupId", "moic-hotline-verifiers", "type", "candidate")));
        refusedAsOutside(admin.post(task + "/identity-links", Map.of("userId", MOIC_VERIFIER, "type", "assignee")));
        refusedAsOutside(admin.put(task, Map.of("name", "ກວດສອບຄວາມຈິງ", "priority", 50, "assignee", MOIC_VERIFIER)));

        Api.Reply inbox = admin.post("/api/inbox/tasks/" + complaint.verifyTask() + "/handover", toMoic);
        assertThat(inbox.status()).isEqualTo(400);
        assertThat(inbox.text("field")).isEqualTo("userId");
        assertThat(inbox.text("code")).as("the code the web app translates").isEqualTo("outside-organisation");
        assertThat(inbox.text("detail")).contains("Bokeo Province");

        // a verifier, not a supervisor, may not re-offer the task either, not even inside Bokeo
        Api.Reply reoffered = verifier.post(
                task + "/identity-links", Map.of("groupId", "bokeo-hotline-supervisors", "type", "candidate"));
        assertThat(reoffered.status()).isEqualTo(403);
        assertThat(reoffered.text("message")).contains("supervisor of Bokeo Province");
        assertThat(reoffered.text("error")).isEqualTo("not-supervisor");

        assertThat(admin.get(task).text("assignee")).isEqualTo(BOKEO_VERIFIER);
        Api moic = Api.as(baseUrl(), MOIC_VERIFIER);
        Api.Reply unseen = moic.get(task);
        assertThat(unseen.status()).isEqualTo(404);
        assertThat(unseen.text("error"))
                .as("Camunda's own answers carry a code too")
                .isEqualTo("not-found");
        assertThat(moic.get("/engine-rest/process-instance/" + complaint.caseId())
                        .status())
                .isEqualTo(404);
        assertThat(moic.get("/engine-rest/history/variable-instance?processInstanceId=" + complaint.caseId())
                        .json())
                .isEmpty();
    }

    @Test
    void bokeosSupervisorReassignsInsideBokeoAndAnotherSupervisorCannot() {
        SecurityCases.Hotline complaint = new SecurityCases(baseUrl()).bokeoComplaintAwaitingVerification();
        String task = "/engine-rest/task/" + complaint.verifyTask();
        Api supervisor = Api.as(baseUrl(), BOKEO_SUPERVISOR);

        Api.Reply otherSupervisor =
                Api.as(baseUrl(), "pany.moic").post(task + "/assignee", Map.of("userId", BOKEO_VERIFIER));
        assertThat(otherSupervisor.status()).isEqualTo(403);
        assertThat(otherSupervisor.text("message"))
                .as("nothing about a task one cannot see")
                .doesNotContainIgnoringCase("bokeo");

        assertThat(supervisor
                        .post(task + "/assignee", Map.of("userId", BOKEO_VERIFIER))
                        .status())
                .isEqualTo(204);
        assertThat(supervisor
                        .post(
                                task + "/identity-links",
                                Map.of("groupId", "bokeo-hotline-supervisors", "type", "candidate"))
                        .status())
                .isEqualTo(204);
        Api admin = Api.as(baseUrl(), "admin");
        assertThat(admin.get(task).text("assignee")).isEqualTo(BOKEO_VERIFIER);

        // the holder may give it back and take it again, and hand it to no one outside its groups
        Api verifier = Api.as(baseUrl(), BOKEO_VERIFIER);
        assertThat(verifier.post(task + "/unclaim", Map.of()).status()).isEqualTo(204);
        assertThat(verifier.post(task + "/claim", Map.of("userId", BOKEO_VERIFIER))
                        .status())
                .isEqualTo(204);
        assertThat(verifier.post(task + "/assignee", Map.of("userId", "xaysomphone.xaisomboun"))
                        .status())
                .isEqualTo(400);
        assertThat(supervisor
                        .post(task + "/assignee", Map.of("userId", BOKEO_SUPERVISOR))
                        .status())
                .isEqualTo(204);
        assertThat(admin.get(task).text("assignee")).isEqualTo(BOKEO_SUPERVISOR);
    }

    private static void refusedAsOutside(Api.Reply reply) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(400);
        assertThat(reply.text("message")).as(reply.raw().body()).contains("not part of Bokeo Province");
        assertThat(reply.text("error")).as(reply.raw().body()).isEqualTo("outside-organisation");
    }
}
