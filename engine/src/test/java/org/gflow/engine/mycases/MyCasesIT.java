package org.gflow.engine.mycases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.CamundaJson.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "My cases" ({@code /api/inbox/my-cases}) and following a case ({@code /api/cases/{id}/follow}):
 * a civil servant finds the cases they started, worked on or follow — by a Lao word or the
 * case's number, page by page — and nobody else's; following a case they may not read is
 * refused as not found; a follower hears on the bell when a followed complaint is answered, and
 * nobody else does; an ended case's answer is not kept.
 */
class MyCasesIT extends EngineIT {

    private static final String OPERATOR = "phonsavanh.opm";
    private static final String TRIAGE = "vilayvanh.opm";
    private static final String BOKEO_VERIFIER = "nalinh.bokeo";
    private static final String MOIC_VERIFIER = "ounkham.moic";

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private CaseParticipantBackfill backfill;

    private final String marker =
            "mc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void startedWorkedAndFollowedCasesAreMineAndNobodyElses() {
        Api operator = Api.as(baseUrl(), OPERATOR);
        Api triage = Api.as(baseUrl(), TRIAGE);
        Api stranger = Api.as(baseUrl(), MOIC_VERIFIER);
        String worked =
                operator.startPhoneComplaint("ໄຟທາງບ້ານນາຊາຍ ດັບມາສອງອາທິດແລ້ວ " + marker, "public-service", "bokeo");
        String followed = operator.startPhoneComplaint(
                "ນ້ຳປະປາບ້ານໂພນສະຫວັນ ບໍ່ໄຫຼມາສາມມື້ " + marker, "public-service", "bokeo");

        JsonNode started = mine(operator, marker, worked).orElseThrow();
        assertThat(started.path("startedByMe").asBoolean()).isTrue();
        assertThat(started.path("state").asText()).isEqualTo("open");
        assertThat(started.path("processKey").asText()).isEqualTo("hotline-1516");
        assertThat(started.path("processName").asText()).isNotBlank();
        assertThat(mine(triage, marker, worked)).as("not yet worked on").isEmpty();

        completeTask(triage, worked, "triageComplaint", Map.of("variables", Map.of()));
        JsonNode workedOn = mine(triage, marker, worked).orElseThrow();
        assertThat(workedOn.path("workedOnByMe").asBoolean()).isTrue();
        assertThat(workedOn.path("startedByMe").asBoolean()).isFalse();

        Api.Reply follow = triage.post("/api/cases/" + followed + "/follow", Map.of());
        assertThat(follow.status()).as(follow.raw().body()).isEqualTo(200);
        assertThat(follow.json().path("following").asBoolean()).isTrue();
        assertThat(triage.get("/api/cases/" + followed + "/follow")
                        .json()
                        .path("following")
                        .asBoolean())
                .isTrue();
        assertThat(mine(triage, marker, followed)
                        .orElseThrow()
                        .path("followedByMe")
                        .asBoolean())
                .isTrue();

        // another ministry's civil servant neither lists these cases nor may follow them
        assertThat(page(stranger, marker, "all", null, 50).path("items")).isEmpty();
        assertThat(stranger.post("/api/cases/" + followed + "/follow", Map.of()).status())
                .isEqualTo(404);
        assertThat(stranger.get("/api/cases/" + followed + "/follow").status()).isEqualTo(404);
        assertThat(page(stranger, marker, "all", null, 50).path("items")).isEmpty();

        Api.Reply unfollow = triage.delete("/api/cases/" + followed + "/follow");
        assertThat(unfollow.status()).as(unfollow.raw().body()).isEqualTo(200);
        assertThat(mine(triage, marker, followed))
                .as("no longer followed, never worked on")
                .isEmpty();
    }

    @Test
    void aCaseIsFoundByALaoWordAndByItsNumber() {
        Api operator = Api.as(baseUrl(), OPERATOR);
        String caseId =
                operator.startPhoneComplaint("ຂີ້ເຫຍື້ອບ້ານດົງໂດກ ບໍ່ມີຄົນເກັບ " + marker, "public-service", "bokeo");
        String number = numberOf(caseId);

        assertThat(ids(page(operator, "ດົງໂດກ", "open", null, 50))).contains(caseId);
        assertThat(ids(page(operator, "ຂີ້ເຫຍື້ອ ບ້ານດົງໂດກ", "all", null, 50))).contains(caseId);
        assertThat(ids(page(operator, number, "all", null, 50))).containsExactly(caseId);
        assertThat(ids(page(operator, number, "closed", null, 50))).isEmpty();
        assertThat(ids(page(Api.as(baseUrl(), BOKEO_VERIFIER), number, "all", null, 50)))
                .isEmpty();
    }

    @Test
    void pagesFollowOneAnotherNewestFirst() {
        Api operator = Api.as(baseUrl(), OPERATOR);
        List<String> started = new ArrayList<>();
        for (String word : List.of("ໜຶ່ງ", "ສອງ", "ສາມ")) {
            started.add(operator.startPhoneComplaint("ຖະໜົນເປ່ເພ " + marker + " " + word, "public-service", "bokeo"));
        }
        started.forEach(this::numberOf);

        JsonNode one = page(operator, marker, "all", null, 2);
        assertThat(one.path("more").asBoolean()).isTrue();
        JsonNode two = page(operator, marker, "all", one.path("next").asText(), 2);
        assertThat(two.path("more").asBoolean()).isFalse();
        assertThat(two.path("next").isNull()).isTrue();
        List<String> listed = new ArrayList<>(ids(one));
        listed.addAll(ids(two));
        assertThat(listed).as("each once").containsExactlyInAnyOrderElementsOf(started);
        List<Instant> activity = new ArrayList<>();
        for (JsonNode page : List.of(one, two)) {
            page.path("items")
                    .forEach(item -> activity.add(
                            OffsetDateTime.parse(item.path("lastActivity").asText())
                                    .toInstant()));
        }
        assertThat(activity).as("newest first").isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(operator.get("/api/inbox/my-cases?size=51").status()).isEqualTo(400);
        assertThat(operator.get("/api/inbox/my-cases?state=lost").status()).isEqualTo(400);
        assertThat(operator.get("/api/inbox/my-cases?after=yesterday").status()).isEqualTo(400);
    }

    @Test
    void aFollowerHearsWhenTheFollowedComplaintIsAnsweredAndNobodyElseDoes() {
        Api operator = Api.as(baseUrl(), OPERATOR);
        Api triage = Api.as(baseUrl(), TRIAGE);
        Api verifier = Api.as(baseUrl(), BOKEO_VERIFIER);
        String caseId =
                operator.startPhoneComplaint("ຂົວບ້ານຫ້ວຍຊາຍ ເປ່ເພ ລົດຂ້າມບໍ່ໄດ້ " + marker, "public-service", "bokeo");
        completeTask(triage, caseId, "triageComplaint", Map.of("variables", Map.of()));
        assertThat(triage.post("/api/cases/" + caseId + "/follow", Map.of()).status())
                .isEqualTo(200);

        completeTask(verifier, caseId, "verifyComplaint", variables("complaintTrue", false));
        completeTask(verifier, caseId, "writeExplanation", variables("answerText", "ໄດ້ສ້ອມຂົວແລ້ວ"));

        Api.eventually(
                "the follower's bell tells of the answer",
                () -> answeredNotice(triage, caseId).isPresent());
        // the citizen's notification is the step after the answer: once it is sent, the case has moved on
        Api.eventually(
                "the citizen is told",
                () -> !Api.as(baseUrl(), "admin")
                        .get("/engine-rest/history/activity-instance?processInstanceId=" + caseId
                                + "&activityId=notifyCitizen&finished=true")
                        .json()
                        .isEmpty());
        assertThat(answeredNotices(triage, caseId))
                .as("one notice of one answer")
                .hasSize(1);
        JsonNode notice = answeredNotice(triage, caseId).orElseThrow();
        assertThat(notice.path("read").asBoolean()).isFalse();
        assertThat(notice.path("caseLabel").asText()).isEqualTo(numberOf(caseId));
        assertThat(answeredNotice(verifier, caseId))
                .as("worked on it, does not follow it")
                .isEmpty();
        assertThat(answeredNotice(operator, caseId))
                .as("started it, does not follow it")
                .isEmpty();
    }

    @Test
    void anAnsweredCaseIsKeptAsAnsweredUntilItEnds() {
        String caseId = runtimeService
                .createProcessInstanceByKey("hotline-1516")
                .businessKey("MC-" + marker)
                .setVariable("responsibleOrg", "bokeo")
                .startBeforeActivity("reviewReport")
                .execute()
                .getId();
        runtimeService.setVariable(caseId, "answerPublished", true);
        assertThat(answeredRows(caseId)).as("the answer is out").isEqualTo(1);

        runtimeService.deleteProcessInstance(caseId, "ended by the test");
        assertThat(answeredRows(caseId))
                .as("an ended case's answer can change no more")
                .isZero();

        // a row an older G-Flow left for an ended case goes at the next start
        jdbc.update("insert into gflow_case_answered (case_id) values (?)", caseId);
        backfill.recordEarlierCases();
        assertThat(answeredRows(caseId)).isZero();
    }

    private int answeredRows(String caseId) {
        Integer rows = jdbc.queryForObject(
                "select count(*) from gflow_case_answered where case_id = ?", Integer.class, caseId);
        return rows == null ? 0 : rows;
    }

    /** The complaint's tracking number, once the hotline has registered it. */
    private String numberOf(String caseId) {
        String query =
                "/engine-rest/history/variable-instance?processInstanceId=" + caseId + "&variableName=trackingNumber";
        Api admin = Api.as(baseUrl(), "admin");
        Api.eventually(
                "the complaint is registered", () -> admin.get(query).json().size() > 0);
        return admin.get(query).json().get(0).path("value").asText();
    }

    private Optional<JsonNode> answeredNotice(Api reader, String caseId) {
        return answeredNotices(reader, caseId).stream().findFirst();
    }

    private List<JsonNode> answeredNotices(Api reader, String caseId) {
        Api.Reply page = reader.get("/api/inbox/bell?size=50");
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        return StreamSupport.stream(page.json().path("items").spliterator(), false)
                .filter(item -> item.path("caseId").asText().equals(caseId))
                .filter(item -> item.path("kind").asText().equals(FollowerNotices.ANSWERED))
                .toList();
    }

    private Optional<JsonNode> mine(Api reader, String q, String caseId) {
        return StreamSupport.stream(
                        page(reader, q, "all", null, 50).path("items").spliterator(), false)
                .filter(item -> item.path("caseId").asText().equals(caseId))
                .findFirst();
    }

    private static JsonNode page(Api reader, String q, String state, String after, int size) {
        String from = after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8);
        Api.Reply reply = reader.get("/api/inbox/my-cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&state="
                + state + from + "&size=" + size);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(item -> item.path("caseId").asText())
                .toList();
    }
}
