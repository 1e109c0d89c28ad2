package org.gflow.engine.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox API against the real engine: a Bokeo complaint waiting for Bokeo's verifiers is
 * listed, searched, opened and handed over by those allowed — and stays invisible to a
 * verifier of another ministry, whatever URL they try.
 */
class InboxIT extends EngineIT {

    private static final String BOKEO_VERIFIER = "nalinh.bokeo";
    private static final String MOIC_VERIFIER = "ounkham.moic";

    private String caseId;
    private String trackingNumber;
    private String verifyTask;

    @BeforeEach
    void aBokeoComplaintWaitsForVerification() {
        Api operator = Api.as(baseUrl(), "phonsavanh.opm");
        caseId = operator.startPhoneComplaint("ໄຟຟ້າບ້ານນ້ຳແກ້ວ ດັບທຸກມື້ ມາສອງອາທິດແລ້ວ", "public-service", "bokeo");
        trackingNumber = Api.as(baseUrl(), "admin").trackingNumberOf(caseId);
        Api triage = Api.as(baseUrl(), "vilayvanh.opm");
        String triageTask = onlyTask(triage, "triageComplaint");
        assertThat(triage.post("/engine-rest/task/" + triageTask + "/complete", Map.of("variables", Map.of()))
                        .status())
                .isIn(200, 204);
        verifyTask = onlyTask(Api.as(baseUrl(), BOKEO_VERIFIER), "verifyComplaint");
    }

    @Test
    void theTaskListJoinsEachTaskWithItsCaseAndFindsItByTrackingNumber() {
        Api bokeo = Api.as(baseUrl(), BOKEO_VERIFIER);
        JsonNode found = bokeo.get("/api/inbox/tasks?q=" + trackingNumber).json();
        assertThat(found.path("items").size()).isEqualTo(1);
        assertThat(found.path("more").asBoolean()).isFalse();
        JsonNode row = found.path("items").get(0);
        assertThat(row.path("id").asText()).isEqualTo(verifyTask);
        assertThat(row.path("trackingNumber").asText()).isEqualTo(trackingNumber);
        assertThat(row.path("caseTitle").asText()).startsWith("ໄຟຟ້າບ້ານນ້ຳແກ້ວ");
        assertThat(row.path("processKey").asText()).isEqualTo("hotline-1516");
        assertThat(row.path("due").isNull()).isFalse();
        assertThat(row.path("workingDaysLeft").asInt())
                .as("seven working days to verify, counted by the server (six once the day has turned in Laos)")
                .isBetween(6, 7);
        JsonNode deadline =
                bokeo.get("/api/inbox/tasks/" + verifyTask + "/deadline").json();
        assertThat(deadline.path("workingDaysLeft").asInt())
                .isEqualTo(row.path("workingDaysLeft").asInt());
        assertThat(Api.as(baseUrl(), "ounkham.moic")
                        .get("/api/inbox/tasks/" + verifyTask + "/deadline")
                        .status())
                .as("another ministry's task is not found")
                .isEqualTo(404);
        assertThat(row.path("candidateGroups").toString())
                .as("the groups that name the task's organisation")
                .contains("bokeo-hotline-verifiers");

        assertThat(ids(bokeo.get("/api/inbox/tasks?q=" + encode("ບ້ານນ້ຳແກ້ວ") + "&size=100")))
                .contains(verifyTask);
        assertThat(ids(bokeo.get("/api/inbox/tasks?scope=groups&org=bokeo&process=hotline-1516&size=100")))
                .contains(verifyTask);
        assertThat(ids(bokeo.get("/api/inbox/tasks?org=moic&size=100"))).doesNotContain(verifyTask);
        assertThat(ids(bokeo.get("/api/inbox/tasks?scope=mine&size=100"))).doesNotContain(verifyTask);
        assertThat(ids(bokeo.get("/api/inbox/tasks?due=overdue&size=100"))).doesNotContain(verifyTask);
    }

    @Test
    void aTaskOfferedThroughSeveralDoorsIsListedOnceWithAllItsGroups() {
        Api admin = Api.as(baseUrl(), "admin");
        String links = "/engine-rest/task/" + verifyTask + "/identity-links";
        assertThat(admin.post(links, Map.of("groupId", "bokeo-hotline-supervisors", "type", "candidate"))
                        .status())
                .isEqualTo(204);
        assertThat(admin.post(links, Map.of("userId", BOKEO_VERIFIER, "type", "candidate"))
                        .status())
                .isEqualTo(204);
        Api bokeo = Api.as(baseUrl(), BOKEO_VERIFIER);

        // the page is read with a row per group: it still counts tasks, and lists each once
        for (String page : List.of("/api/inbox/tasks?size=100", "/api/inbox/tasks?size=1&q=" + trackingNumber)) {
            Api.Reply reply = bokeo.get(page);
            assertThat(ids(reply)).as(page).containsOnlyOnce(verifyTask);
            JsonNode row = reply.json().path("items").get(ids(reply).indexOf(verifyTask));
            assertThat(row.path("candidateGroups").toString())
                    .as(page)
                    .isEqualTo("[\"bokeo-hotline-supervisors\",\"bokeo-hotline-verifiers\"]");
        }
        JsonNode alone =
                bokeo.get("/api/inbox/tasks?size=1&q=" + trackingNumber).json();
        assertThat(alone.path("items").size()).isEqualTo(1);
        assertThat(alone.path("more").asBoolean())
                .as("one task, however many groups")
                .isFalse();
        assertThat(ids(Api.as(baseUrl(), "sengphet.bokeo").get("/api/inbox/tasks?q=" + trackingNumber)))
                .as("the supervisors' group now sees it too")
                .containsExactly(verifyTask);
    }

    @Test
    void aNewTaskIsCountedByTheCheapPollAndClaimedTasksMoveToMine() {
        Api bokeo = Api.as(baseUrl(), BOKEO_VERIFIER);
        Instant before = Instant.parse(bokeo.get("/api/inbox/tasks?size=1")
                        .json()
                        .path("serverTime")
                        .asText())
                .minusSeconds(60);
        assertThat(bokeo.get("/api/inbox/tasks/changes?since=" + before)
                        .json()
                        .path("newTasks")
                        .asLong())
                .isPositive();
        String later = Instant.now().plusSeconds(3600).toString();
        assertThat(bokeo.get("/api/inbox/tasks/changes?since=" + later)
                        .json()
                        .path("newTasks")
                        .asLong())
                .isZero();

        assertThat(bokeo.post("/engine-rest/task/" + verifyTask + "/claim", Map.of("userId", BOKEO_VERIFIER))
                        .status())
                .isEqualTo(204);
        Api.Reply mine = bokeo.get("/api/inbox/tasks?scope=mine&size=100");
        assertThat(ids(mine)).contains(verifyTask);
        assertThat(ids(bokeo.get("/api/inbox/tasks?scope=groups&size=100"))).doesNotContain(verifyTask);
        assertThat(mine.raw().body()).contains("ນາລິນ ຈັນທະວົງ");
    }

    @Test
    void aVerifierOfAnotherMinistryCannotOpenTheTaskOrTheCaseByUrl() {
        Api moic = Api.as(baseUrl(), MOIC_VERIFIER);
        assertThat(ids(moic.get("/api/inbox/tasks?size=100"))).doesNotContain(verifyTask);
        assertThat(moic.get("/api/inbox/tasks?q=" + trackingNumber)
                        .json()
                        .path("items")
                        .size())
                .isZero();
        assertThat(moic.get("/api/inbox/tasks/" + verifyTask + "/colleagues").status())
                .isEqualTo(404);
        assertThat(moic.post("/api/inbox/tasks/" + verifyTask + "/handover", Map.of("userId", MOIC_VERIFIER))
                        .status())
                .isEqualTo(404);
        for (String path : List.of("", "/timeline", "/attachments")) {
            Api.Reply reply = moic.get("/api/inbox/cases/" + caseId + path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.raw().body()).doesNotContain("ໄຟຟ້າ").doesNotContain("Exception");
        }
        assertThat(Api.anonymous(baseUrl()).get("/api/inbox/tasks").status()).isEqualTo(401);
    }

    @Test
    void theCaseShowsWhereItStandsAndItsHistoryWithComments() {
        Api bokeo = Api.as(baseUrl(), BOKEO_VERIFIER);
        JsonNode summary = bokeo.get("/api/inbox/cases/" + caseId).json();
        assertThat(summary.path("trackingNumber").asText()).isEqualTo(trackingNumber);
        assertThat(summary.path("activeActivityIds").toString()).contains("verifyComplaint");
        assertThat(summary.path("ended").asBoolean()).isFalse();

        assertThat(bokeo.post(
                                "/engine-rest/task/" + verifyTask + "/comment/create",
                                Map.of("message", "ໂທຫາໄຟຟ້າແຂວງແລ້ວ"))
                        .status())
                .isEqualTo(200);
        JsonNode timeline =
                bokeo.get("/api/inbox/cases/" + caseId + "/timeline").json();
        List<String> kinds = new ArrayList<>();
        timeline.forEach(entry -> kinds.add(entry.path("kind").asText()));
        assertThat(kinds).first().isEqualTo("started");
        assertThat(kinds).contains("completed", "waiting", "comment");
        assertThat(timeline.toString())
                .contains("ໂທຫາໄຟຟ້າແຂວງແລ້ວ")
                .contains("vilayvanh.opm")
                .contains("ຄັດແຍກຄຳຮ້ອງທຸກ")
                .doesNotContain("Gateway");
    }

    @Test
    void filesAttachedWhileWorkingATaskBelongToTheCase() {
        Api bokeo = Api.as(baseUrl(), BOKEO_VERIFIER);
        String boundary = "gflow-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"taskId\"\r\n\r\n" + verifyTask
                + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ຮູບ-ເສົາໄຟ.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nເສົາໄຟລົ້ມ\r\n--" + boundary + "--\r\n";
        Api.Reply created = bokeo.postRaw(
                "/api/inbox/cases/" + caseId + "/attachments",
                "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(bokeo.get("/api/inbox/cases/" + caseId + "/attachments")
                        .json()
                        .toString())
                .contains("ຮູບ-ເສົາໄຟ.txt");
        Api.Reply content = bokeo.get("/api/inbox/cases/" + caseId + "/attachments/" + id);
        assertThat(content.raw().body()).isEqualTo("ເສົາໄຟລົ້ມ");
        assertThat(content.raw().headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(Api.as(baseUrl(), MOIC_VERIFIER)
                        .get("/api/inbox/cases/" + caseId + "/attachments/" + id)
                        .status())
                .isEqualTo(404);

        Api.Reply withoutTask = bokeo.postRaw(
                "/api/inbox/cases/" + caseId + "/attachments",
                "multipart/form-data; boundary=" + boundary,
                ("--" + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nx\r\n--"
                                + boundary + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(withoutTask.status()).isEqualTo(400);
        assertThat(withoutTask.text("field")).isEqualTo("taskId");
    }

    @Test
    void aTaskIsHandedOverOnlyToAMemberOfItsGroups() {
        Api admin = Api.as(baseUrl(), "admin");
        JsonNode colleagues =
                admin.get("/api/inbox/tasks/" + verifyTask + "/colleagues").json();
        assertThat(colleagues.toString()).contains(BOKEO_VERIFIER).doesNotContain(MOIC_VERIFIER);

        Api.Reply refused = admin.post("/api/inbox/tasks/" + verifyTask + "/handover", Map.of("userId", MOIC_VERIFIER));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("userId");

        assertThat(admin.post("/api/inbox/tasks/" + verifyTask + "/handover", Map.of("userId", BOKEO_VERIFIER))
                        .status())
                .isEqualTo(204);
        assertThat(admin.get("/engine-rest/task/" + verifyTask).text("assignee"))
                .isEqualTo(BOKEO_VERIFIER);
        // The verifier now holds it, and has nobody in Bokeo's verifier group to pass it to.
        Api bokeo = Api.as(baseUrl(), BOKEO_VERIFIER);
        assertThat(bokeo.get("/api/inbox/tasks/" + verifyTask + "/colleagues").json())
                .isEmpty();
        assertThat(bokeo.post("/api/inbox/tasks/" + verifyTask + "/handover", Map.of("userId", "admin"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        Api bokeo = Api.as(baseUrl(), BOKEO_VERIFIER);
        for (String[] bad : List.of(
                new String[] {"scope=everyone", "scope"},
                new String[] {"sort=drop", "sort"},
                new String[] {"size=1000", "size"},
                new String[] {"createdAfter=yesterday", "createdAfter"},
                new String[] {"org=" + encode("x' or 1=1"), "org"},
                new String[] {"due=later", "due"})) {
            Api.Reply reply = bokeo.get("/api/inbox/tasks?" + bad[0]);
            assertThat(reply.status()).as(bad[0]).isEqualTo(400);
            assertThat(reply.text("field")).as(bad[0]).isEqualTo(bad[1]);
        }
        assertThat(bokeo.get("/api/inbox/tasks/changes").text("field")).isEqualTo("since");
    }

    private String onlyTask(Api user, String taskKey) {
        String query = "/engine-rest/task?processInstanceId=" + caseId + "&taskDefinitionKey=" + taskKey;
        eventually(taskKey + " is offered", () -> user.get(query).json().size() == 1);
        return user.get(query).json().get(0).path("id").asText();
    }

    private static List<String> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
