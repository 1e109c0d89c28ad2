package org.gflow.engine.absence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hotline's escalation ladder passes over people who are away, up the directory's manager
 * chain. MOIC's hotline supervisor Pany reports to Keo, who reports to Noy, the ministry's head
 * (no one above her). While Noy is away, the head's step of an overdue complaint goes to the
 * Office, not to her delegate, and the case history says it passed her over; the Office then holds
 * the top of the ladder, and is not handed the follow-up again. Once she is back, the next
 * escalation reaches her again. A follow-up handed to Pany while he is away goes to Keo,
 * and to Noy when Keo is away too.
 */
class AbsentEscalationIT extends EngineIT {

    private static final String HEAD = "noy.moic";
    private static final String MIDDLE = "keo.moic";
    private static final String SUPERVISOR = "pany.moic";
    private static final String COLLEAGUE = "ounkham.moic";
    private static final String OFFICE = "opm-hotline-triage";

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private ManagementService managementService;

    @Autowired
    private TaskService taskService;

    private final AbsencesSetHere setHere = new AbsencesSetHere();

    @AfterEach
    void cancelTheAbsencesSetHere() {
        setHere.cancel(baseUrl());
    }

    @Test
    void anAbsentHeadIsPassedOverForTheOfficeUntilSheIsBack() {
        // 1. Noy is away for two days, with Keo named as her delegate for ordinary work
        away(HEAD, MIDDLE, 1);

        // 2. the head's step goes up her chain, past her delegate: no one is above her, so the Office
        String caseId = escalatedTo("followUpByHead");
        JsonNode step = task(caseId, "followUpByHead");
        assertThat(step.path("assignee").isNull())
                .as("neither Noy nor her delegate holds the step: " + step)
                .isTrue();
        assertThat(candidateGroups(step)).contains(OFFICE);

        // 3. the case history tells that the step passed her over
        JsonNode waiting = timelineEntry(caseId, "followUpByHead");
        assertThat(waiting.path("passedOver").asText()).isEqualTo(HEAD);
        assertThat(waiting.path("passedOverName").asText()).isNotBlank();
        assertThat(waiting.path("onBehalfOf").isNull()).isTrue();

        // 4. the Office holds the top of the ladder: when the head's two days have passed, it is not
        //    handed the same follow-up again as its own step
        for (Job timer : managementService
                .createJobQuery()
                .processInstanceId(caseId)
                .timers()
                .list()) {
            managementService.executeJob(timer.getId());
        }
        assertThat(openSteps(caseId)).containsExactly("followUpByHead");

        // 5. two days later she is back: the next escalation is hers, says nothing of absence, and
        //    climbs to the Office if she lets her two days pass
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(2 * 86_400)));
        String later = escalatedTo("followUpByHead");
        assertThat(task(later, "followUpByHead").path("assignee").asText()).isEqualTo(HEAD);
        assertThat(timelineEntry(later, "followUpByHead").path("passedOver").isNull())
                .isTrue();
        Job headUnanswered = managementService
                .createJobQuery()
                .processInstanceId(later)
                .activityId("headUnanswered")
                .singleResult();
        managementService.executeJob(headUnanswered.getId());
        assertThat(openSteps(later)).containsExactly("followUpByOffice");
    }

    private List<String> openSteps(String caseId) {
        return taskService.createTaskQuery().processInstanceId(caseId).list().stream()
                .map(Task::getTaskDefinitionKey)
                .toList();
    }

    @Test
    void aFollowUpHandedToAnAbsentSupervisorGoesUpHisManagerChain() {
        away(SUPERVISOR, COLLEAGUE, 3);
        String caseId = escalatedTo("followUpOverdue");
        String taskId = task(caseId, "followUpOverdue").path("id").asText();

        // 1. handed to Pany while he is away: his manager Keo gets it, not his delegate
        handOver(taskId, SUPERVISOR);
        assertThat(task(caseId, "followUpOverdue").path("assignee").asText()).isEqualTo(MIDDLE);
        assertThat(timelineEntry(caseId, "followUpOverdue").path("passedOver").asText())
                .isEqualTo(SUPERVISOR);

        // 2. with Keo away too, the next one up the chain: Noy
        away(MIDDLE, COLLEAGUE, 3);
        handOver(taskId, SUPERVISOR);
        assertThat(task(caseId, "followUpOverdue").path("assignee").asText()).isEqualTo(HEAD);

        // 3. a person away who takes the step themselves keeps it: they are evidently at work
        Api.Reply claimed = Api.as(baseUrl(), HEAD).post("/engine-rest/task/" + taskId + "/unclaim", Map.of());
        assertThat(claimed.status()).as(claimed.raw().body()).isIn(200, 204);
        Api.Reply byHimself = Api.as(baseUrl(), SUPERVISOR)
                .post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", SUPERVISOR));
        assertThat(byHimself.status()).as(byHimself.raw().body()).isIn(200, 204);
        assertThat(task(caseId, "followUpOverdue").path("assignee").asText()).isEqualTo(SUPERVISOR);
    }

    /** A MOIC complaint whose escalation has reached this step of the ladder. */
    private String escalatedTo(String step) {
        return runtimeService
                .createProcessInstanceByKey("hotline-1516")
                .setVariable("responsibleOrg", "moic")
                .setVariable("responsibleGroup", "moic-hotline-verifiers")
                .startBeforeActivity(step)
                .execute()
                .getId();
    }

    private void away(String person, String delegate, int days) {
        LocalDate today = Absences.today();
        Api.Reply set = setHere.set(Api.as(baseUrl(), "admin"), person, delegate, today, today.plusDays(days));
        assertThat(set.status()).as(set.raw().body()).isEqualTo(201);
    }

    private void handOver(String taskId, String to) {
        Api.Reply handed =
                Api.as(baseUrl(), "admin").post("/engine-rest/task/" + taskId + "/assignee", Map.of("userId", to));
        assertThat(handed.status()).as(handed.raw().body()).isIn(200, 204);
    }

    private JsonNode task(String caseId, String step) {
        Api admin = Api.as(baseUrl(), "admin");
        return admin.get("/engine-rest/task/" + onlyTask(admin, caseId, step)).json();
    }

    private List<String> candidateGroups(JsonNode task) {
        List<String> groups = new ArrayList<>();
        Api.as(baseUrl(), "admin")
                .get("/engine-rest/task/" + task.path("id").asText() + "/identity-links?type=candidate")
                .json()
                .forEach(link -> groups.add(link.path("groupId").asText()));
        return groups;
    }

    private JsonNode timelineEntry(String caseId, String step) {
        for (JsonNode entry : Api.as(baseUrl(), "admin")
                .get("/api/inbox/cases/" + caseId + "/timeline")
                .json()) {
            if ("waiting".equals(entry.path("kind").asText())
                    && step.equals(entry.path("activityId").asText())) {
                return entry;
            }
        }
        throw new AssertionError(step + " is not waiting in the history of " + caseId);
    }
}
