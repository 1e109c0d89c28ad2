package org.gflow.engine.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;

import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * The live inbox ({@code GET /api/inbox/events}): a task's arrival, claim and completion reach
 * the open inboxes of exactly the people whose task list shows it, a stream that reconnects with
 * the last id it received gets what it missed, and nobody hears of another organisation's tasks.
 */
class InboxEventsIT extends EngineIT {

    private static final String OPERATOR = "phonsavanh.opm";
    private static final String TRIAGE = "vilayvanh.opm";
    private static final String BOKEO_VERIFIER = "nalinh.bokeo";
    private static final String MOIC_VERIFIER = "ounkham.moic";

    @Test
    void arrivalClaimAndCompletionReachOnlyThoseWhoSeeTheTask() {
        try (EventStream moic = EventStream.open(baseUrl(), MOIC_VERIFIER, null);
                EventStream bokeo = EventStream.open(baseUrl(), BOKEO_VERIFIER, null)) {
            EventStream triage = EventStream.open(baseUrl(), TRIAGE, null);
            assertThat(triage.response.statusCode()).isEqualTo(200);
            assertThat(triage.response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            // sent as it is written: a compressed stream would be held back until a buffer fills
            assertThat(triage.response.headers().firstValue("Content-Encoding")).isEmpty();

            // 1. a call is recorded: its triage task arrives in the triage officer's open inbox
            String caseId = startComplaint();
            Api triageApi = Api.as(baseUrl(), TRIAGE);
            String triageTask = onlyTask(triageApi, caseId, "triageComplaint");
            eventually("the triage task arrives", () -> triage.received(InboxChange.ADDED, triageTask));

            // 2. claimed: the same inbox hears that it changed, and to whom it went
            assertThat(triageApi
                            .post("/engine-rest/task/" + triageTask + "/claim", Map.of("userId", TRIAGE))
                            .status())
                    .isEqualTo(204);
            eventually("the claim is heard", () -> triage.received(InboxChange.CHANGED, triageTask));
            EventStream.Event claimed = triage.events().stream()
                    .filter(event -> event.name().equals(InboxChange.CHANGED)
                            && event.taskId().equals(triageTask))
                    .findFirst()
                    .orElseThrow();
            assertThat(claimed.data().path("assignee").asText()).isEqualTo(TRIAGE);
            assertThat(claimed.data().path("caseId").asText()).isEqualTo(caseId);

            // 3. the officer's tab drops; meanwhile the task is completed and the case moves to Bokeo
            String lastSeen = triage.lastId();
            triage.close();
            completeTask(triageApi, caseId, "triageComplaint", Map.of("variables", Map.of()));
            String verifyTask = onlyTask(Api.as(baseUrl(), BOKEO_VERIFIER), caseId, "verifyComplaint");
            eventually("the verification arrives in Bokeo", () -> bokeo.received(InboxChange.ADDED, verifyTask));

            // 4. the tab reconnects with the last id it had: it hears of the completion it missed
            try (EventStream again = EventStream.open(baseUrl(), TRIAGE, lastSeen)) {
                eventually("the missed completion is caught up", () -> again.received(InboxChange.REMOVED, triageTask));
                EventStream.Event removed = again.events().stream()
                        .filter(event -> event.taskId().equals(triageTask))
                        .findFirst()
                        .orElseThrow();
                assertThat(removed.data().path("completed").asBoolean()).isTrue();
                assertThat(again.namesFor(verifyTask))
                        .as("Bokeo's task is not the triage office's")
                        .isEmpty();
                assertThat(again.namesFor(triageTask)).containsExactly(InboxChange.REMOVED);
            }

            // every change up to Bokeo's arrival has gone to every open stream: the ministry heard none
            assertThat(moic.events())
                    .as("events for another organisation's tasks")
                    .noneMatch(
                            event -> caseId.equals(event.data().path("caseId").asText()));
            assertThat(bokeo.namesFor(triageTask))
                    .as("Bokeo never saw the triage task")
                    .isEmpty();
        }
    }

    @Test
    void aPersonMayHoldOnlySoManyStreams() {
        java.util.List<EventStream> open = new java.util.ArrayList<>();
        try {
            int limit = 8; // gflow.inbox.events.max-per-user
            for (int i = 0; i < limit; i++) {
                open.add(EventStream.open(baseUrl(), "keo.moic", null));
            }
            Api.Reply refused = Api.as(baseUrl(), "keo.moic").get("/api/inbox/events");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().path("code").asText()).isEqualTo("too-many-streams");
        } finally {
            open.forEach(EventStream::close);
        }
    }

    @Test
    void aBrowsersStreamEndsWhenItsUserSignsOut() {
        Api browser = Api.browser(baseUrl());
        Api.Reply login =
                browser.post("/api/auth/login", Map.of("username", "sengphet.bokeo", "password", Api.PASSWORD));
        assertThat(login.status()).as(login.raw().body()).isEqualTo(200);
        try (EventStream stream =
                EventStream.inSession(baseUrl(), browser.cookie("GFLOW-SESSION").orElseThrow())) {
            assertThat(stream.response.statusCode()).isEqualTo(200);
            assertThat(stream.ended()).isFalse();

            assertThat(browser.post("/api/auth/logout", Map.of()).status()).isEqualTo(200);
            eventually("the stream ends with the session", stream::ended);
        }
    }

    private String startComplaint() {
        return Api.as(baseUrl(), OPERATOR).startPhoneComplaint("ໄຟຟ້າດັບທຸກຄືນ ບ້ານນາເລົາ", "public-service", "bokeo");
    }
}
