package org.gflow.engine.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;
import static org.gflow.engine.CamundaJson.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gflow.engine.Api;
import org.gflow.engine.CamundaJson;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Out-of-office delegation through the engine's doors: MOIC's division head Manivone goes on
 * leave and names Khamphone, a colleague of the ministry, as delegate. A letter drafted by
 * Sengdao names Manivone as its approver: while she is away the sign-off lands with Khamphone,
 * marked "on behalf of" her in his inbox and in the case history; once the period is over a new
 * letter reaches her again. A letter that follows the manager chain skips her for the next
 * manager up. Delegates from another ministry, strangers and overlapping periods are refused.
 */
class AbsenceDelegationIT extends EngineIT {

    private static final String DRAFTER = "sengdao.moic";
    private static final String AWAY = "manivone.moic";
    private static final String DELEGATE = "khamphone.moic";
    private static final String HER_MANAGER = "keo.moic";

    private final AbsencesSetHere setHere = new AbsencesSetHere();

    @AfterEach
    void cancelTheAbsencesSetHere() {
        setHere.cancel(baseUrl());
    }

    @Test
    void aSignOffForAnAbsentApproverGoesToTheDelegateUntilThePeriodEnds() {
        LocalDate today = Absences.today();
        Api away = Api.as(baseUrl(), AWAY);
        Api.Reply set = setAbsence(away, null, DELEGATE, today, today.plusDays(1));
        assertThat(set.status()).as(set.raw().body()).isEqualTo(201);
        assertThat(set.json().path("current").asBoolean()).isTrue();
        assertThat(set.json().path("delegateName").asText()).isNotBlank();

        // 1. during the absence the sign-off meant for her goes to her delegate
        String caseId = letterSignedOffBy(List.of(AWAY));
        Api delegate = Api.as(baseUrl(), DELEGATE);
        assertThat(signOffAssignee(caseId)).isEqualTo(DELEGATE);

        // 2. his inbox marks it as held on her behalf, and so does the case history
        JsonNode row = inboxRow(delegate, caseId);
        assertThat(row.path("onBehalfOf").asText()).isEqualTo(AWAY);
        assertThat(row.path("onBehalfOfName").asText()).isNotBlank();
        JsonNode waiting = timelineEntry(delegate, caseId, "waiting");
        assertThat(waiting.path("userId").asText()).isEqualTo(DELEGATE);
        assertThat(waiting.path("onBehalfOf").asText()).isEqualTo(AWAY);

        // 3. a supervisor handing it (back) to her while she is away hands it to her delegate
        String taskId = onlyTask(Api.as(baseUrl(), "admin"), caseId, "signOff");
        Api.Reply handed = Api.as(baseUrl(), "pany.moic")
                .post("/engine-rest/task/" + taskId + "/assignee", Map.of("userId", AWAY));
        assertThat(handed.status()).as(handed.raw().body()).isIn(200, 204);
        assertThat(signOffAssignee(caseId)).isEqualTo(DELEGATE);
        assertThat(inboxRow(delegate, caseId).path("onBehalfOf").asText()).isEqualTo(AWAY);

        // 4. what he completes shows as done by him on her behalf
        completeTask(delegate, caseId, "signOff", variables("decision", "approve", "comment", "ເຫັນດີ ແທນ"));
        eventually("the sign-off is recorded", () -> timelineHas(delegate, caseId, "completed", "signOff"));
        JsonNode completed = timelineEntry(delegate, caseId, "completed", "signOff");
        assertThat(completed.path("userId").asText()).isEqualTo(DELEGATE);
        assertThat(completed.path("onBehalfOf").asText()).isEqualTo(AWAY);
        assertThat(completed.path("onBehalfOfName").asText()).isNotBlank();

        // 5. two days later the period is over: a new letter reaches her again, unmarked
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(2 * 86_400)));
        String later = letterSignedOffBy(List.of(AWAY));
        assertThat(signOffAssignee(later)).isEqualTo(AWAY);
        assertThat(inboxRow(away, later).path("onBehalfOf").isNull()).isTrue();
        assertThat(Api.as(baseUrl(), "admin")
                        .get("/api/absences?person=" + AWAY)
                        .json())
                .as("an ended absence is no longer listed")
                .isEmpty();
    }

    @Test
    void anAbsentManagerIsSkippedForTheNextOneUpTheChain() {
        LocalDate today = Absences.today();
        Api.Reply set = setAbsence(Api.as(baseUrl(), AWAY), null, DELEGATE, today, today.plusDays(3));
        assertThat(set.status()).as(set.raw().body()).isEqualTo(201);

        String caseId = letterSignedOffBy(List.of()); // the chain follows the drafter's managers

        assertThat(signOffAssignee(caseId))
                .as("the first level goes to her manager, not to her nor her delegate")
                .isEqualTo(HER_MANAGER);
    }

    @Test
    void theDelegateIsAColleagueOfTheSameOrganisationAndSomeoneElse() {
        LocalDate today = Absences.today();
        Api away = Api.as(baseUrl(), AWAY);

        Api.Reply otherMinistry = setAbsence(away, null, "bouakham.mof", today, today.plusDays(2));
        assertThat(otherMinistry.status()).isEqualTo(400);
        assertThat(otherMinistry.text("code")).isEqualTo("absence-delegate-outside");
        assertThat(otherMinistry.text("field")).isEqualTo("delegate");

        Api.Reply herself = setAbsence(away, null, AWAY, today, today.plusDays(2));
        assertThat(herself.text("code")).isEqualTo("absence-delegate-self");

        Api.Reply backwards = setAbsence(away, null, DELEGATE, today.plusDays(2), today);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("code")).isEqualTo("absence-until-before-from");

        assertThat(setAbsence(away, null, DELEGATE, today.plusDays(10), today.plusDays(12))
                        .status())
                .isEqualTo(201);
        Api.Reply overlapping = setAbsence(away, null, DELEGATE, today.plusDays(12), today.plusDays(14));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.text("code")).isEqualTo("absence-overlap");

        assertThat(away.get("/api/absences/delegates").json().findValuesAsText("id"))
                .contains(DELEGATE, HER_MANAGER)
                .doesNotContain(AWAY, "bouakham.mof");
    }

    @Test
    void onlyThePersonTheirManagerOrASupervisorOfTheirOrganisationSetsTheirAbsence() {
        LocalDate from = Absences.today().plusDays(20);

        // a colleague without oversight is refused, whatever they ask
        Api stranger = Api.as(baseUrl(), "ounkham.moic");
        Api.Reply refused = setAbsence(stranger, AWAY, DELEGATE, from, from.plusDays(1));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("absence-not-yours");
        assertThat(stranger.get("/api/absences?person=" + AWAY).status()).isEqualTo(403);

        // her manager may
        Api manager = Api.as(baseUrl(), HER_MANAGER);
        Api.Reply byManager = setAbsence(manager, AWAY, DELEGATE, from, from.plusDays(1));
        assertThat(byManager.status()).as(byManager.raw().body()).isEqualTo(201);
        assertThat(byManager.text("setBy")).isEqualTo(HER_MANAGER);

        // nor may the stranger cancel it; she herself sees it and may
        assertThat(stranger.delete("/api/absences/" + byManager.text("id")).status())
                .isEqualTo(403);
        Api away = Api.as(baseUrl(), AWAY);
        assertThat(away.get("/api/absences").json().findValuesAsText("id")).contains(byManager.text("id"));
        assertThat(away.delete("/api/absences/" + byManager.text("id")).status())
                .isEqualTo(204);
        assertThat(away.get("/api/absences").json().findValuesAsText("id")).doesNotContain(byManager.text("id"));

        // a supervisor of her organisation may too
        Api.Reply bySupervisor = setAbsence(Api.as(baseUrl(), "pany.moic"), AWAY, DELEGATE, from, from);
        assertThat(bySupervisor.status()).as(bySupervisor.raw().body()).isEqualTo(201);
    }

    private Api.Reply setAbsence(Api as, String person, String delegate, LocalDate from, LocalDate until) {
        return setHere.set(as, person, delegate, from, until);
    }

    /** Starts a letter by the drafter (with these approvers, or the manager chain when empty) and writes it. */
    private String letterSignedOffBy(List<String> approvers) {
        Api drafter = Api.as(baseUrl(), DRAFTER);
        Map<String, Object> variables = new HashMap<>(Map.of(
                "ministry", Map.of("value", "moic"),
                "subject", Map.of("value", "ແຈ້ງການພັກວຽກ " + UUID.randomUUID()),
                "letterBody", Map.of("value", "ຮຽນ ທຸກພະແນກ, ກະລຸນາຊາບ."),
                "recipients", CamundaJson.list("moic-licence-reviewers")));
        if (!approvers.isEmpty()) {
            variables.put("approvers", CamundaJson.list(approvers.toArray(String[]::new)));
        }
        Api.Reply started = drafter.post(
                "/engine-rest/process-definition/key/document-approval/start",
                Map.of("businessKey", "absence-it-" + UUID.randomUUID(), "variables", variables));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
        String caseId = started.text("id");
        completeTask(drafter, caseId, "writeLetter", Map.of("variables", Map.of()));
        return caseId;
    }

    private String signOffAssignee(String caseId) {
        Api admin = Api.as(baseUrl(), "admin");
        String query = "/engine-rest/task?processInstanceId=" + caseId + "&taskDefinitionKey=signOff";
        eventually("the sign-off is waiting", () -> admin.get(query).json().size() == 1);
        return admin.get(query).json().get(0).path("assignee").asText();
    }

    private JsonNode inboxRow(Api user, String caseId) {
        eventually("the case is in the inbox", () -> findRow(user, caseId) != null);
        return findRow(user, caseId);
    }

    private static JsonNode findRow(Api user, String caseId) {
        for (JsonNode row :
                user.get("/api/inbox/tasks?scope=mine&size=100").json().path("items")) {
            if (caseId.equals(row.path("processInstanceId").asText())) {
                return row;
            }
        }
        return null;
    }

    private boolean timelineHas(Api user, String caseId, String kind, String activityId) {
        return timelineEntry(user, caseId, kind, activityId) != null;
    }

    private JsonNode timelineEntry(Api user, String caseId, String kind) {
        return timelineEntry(user, caseId, kind, "signOff");
    }

    private JsonNode timelineEntry(Api user, String caseId, String kind, String activityId) {
        for (JsonNode entry :
                user.get("/api/inbox/cases/" + caseId + "/timeline").json()) {
            if (kind.equals(entry.path("kind").asText())
                    && activityId.equals(entry.path("activityId").asText())) {
                return entry;
            }
        }
        return null;
    }
}
