package org.gflow.engine.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Messages that failed for good, for those who oversee the cases: an e-mail of a MOIC complaint
 * and one of a Bokeo complaint could not be delivered. MOIC's hotline supervisor sees the first,
 * Bokeo's the second, the Office both; a verifier, who supervises nothing, is refused at every
 * door. A supervisor sends a failed message again once: it is back in the outbox, and a second
 * time it is a conflict. (The shared test engine has no mail server, so a message sent again
 * stays pending.)
 */
class FailedMessagesIT extends EngineIT {

    private static final String MOIC_SUPERVISOR = "pany.moic";
    private static final String BOKEO_SUPERVISOR = "sengphet.bokeo";
    private static final String OFFICE = "vilayvanh.opm";
    private static final String VERIFIER = "nalinh.bokeo";

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private JdbcTemplate jdbc;

    private String moicCase;
    private String moicMessage;
    private String bokeoMessage;

    @BeforeEach
    void twoComplaintsWhoseEmailsFailed() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        moicCase = escalatedComplaint("moic");
        moicMessage = failedEmail(moicCase, "moic", "550 mailbox unavailable", now);
        bokeoMessage = failedEmail(escalatedComplaint("bokeo"), "bokeo", "connection refused", now.plusMillis(1));
    }

    @Test
    void eachSupervisorSeesTheirOrganisationsFailuresAndTheOfficeSeesAll() {
        JsonNode moic = itemOf(Api.as(baseUrl(), MOIC_SUPERVISOR), moicMessage);
        assertThat(moic).as("MOIC's supervisor sees MOIC's failure").isNotNull();
        assertThat(moic.path("caseId").asText()).isEqualTo(moicCase);
        assertThat(moic.path("reason").asText()).isEqualTo("550 mailbox unavailable");
        assertThat(moic.path("recipient").asText()).isEqualTo("c…@example.la");
        assertThat(moic.path("attempts").asInt()).isEqualTo(3);
        assertThat(itemOf(Api.as(baseUrl(), MOIC_SUPERVISOR), bokeoMessage))
                .as("not Bokeo's")
                .isNull();

        assertThat(itemOf(Api.as(baseUrl(), BOKEO_SUPERVISOR), bokeoMessage)).isNotNull();
        assertThat(itemOf(Api.as(baseUrl(), BOKEO_SUPERVISOR), moicMessage)).isNull();

        Api office = Api.as(baseUrl(), OFFICE);
        assertThat(itemOf(office, moicMessage)).isNotNull();
        assertThat(itemOf(office, bokeoMessage)).isNotNull();
        JsonNode firstPage = office.get("/api/inbox/failed-messages?size=1").json();
        assertThat(firstPage.path("items").get(0).path("id").asText())
                .as("newest first")
                .isEqualTo(bokeoMessage);
    }

    @Test
    void whoOverseesNoOrganisationIsRefusedAtEveryDoor() {
        Api verifier = Api.as(baseUrl(), VERIFIER);
        Api.Reply list = verifier.get("/api/inbox/failed-messages");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.text("code")).isEqualTo(FailedMessages.NOT_OVERSEER);
        assertThat(verifier.post("/api/inbox/failed-messages/" + bokeoMessage + "/send-again", Map.of())
                        .status())
                .isEqualTo(403);

        Api browser = Api.browser(baseUrl());
        Api.Reply login = browser.post("/api/auth/login", Map.of("username", VERIFIER, "password", Api.PASSWORD));
        assertThat(login.status()).as(login.raw().body()).isEqualTo(200);
        assertThat(browser.get("/api/inbox/failed-messages").status()).isEqualTo(403);
        assertThat(browser.post("/api/inbox/failed-messages/" + bokeoMessage + "/send-again", Map.of())
                        .status())
                .isEqualTo(403);

        assertThat(Api.anonymous(baseUrl()).get("/api/inbox/failed-messages").status())
                .isEqualTo(401);
        assertThat(status(bokeoMessage)).as("nothing was sent again").isEqualTo(OutboxQueue.FAILED);
    }

    @Test
    void aSupervisorSendsTheirOrganisationsFailedMessageAgainOnce() {
        Api moic = Api.as(baseUrl(), MOIC_SUPERVISOR);

        // another organisation's message is not theirs to send
        assertThat(moic.post("/api/inbox/failed-messages/" + bokeoMessage + "/send-again", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(status(bokeoMessage)).isEqualTo(OutboxQueue.FAILED);

        // their own goes back to the outbox, and leaves the list of failures
        Api.Reply again = moic.post("/api/inbox/failed-messages/" + moicMessage + "/send-again", Map.of());
        assertThat(again.status()).as(again.raw().body()).isEqualTo(202);
        assertThat(status(moicMessage)).isEqualTo(OutboxQueue.PENDING);
        assertThat(itemOf(moic, moicMessage)).isNull();

        // once: a second time it is no longer failed
        Api.Reply twice = moic.post("/api/inbox/failed-messages/" + moicMessage + "/send-again", Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("code")).isEqualTo(FailedMessages.NOT_FAILED);
    }

    @Test
    void pagesFollowByKeyAndABadKeyIsRefused() {
        Api office = Api.as(baseUrl(), OFFICE);
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 1000; page++) {
            JsonNode reply = office.get("/api/inbox/failed-messages?size=1" + (after == null ? "" : "&after=" + after))
                    .json();
            reply.path("items").forEach(item -> seen.add(item.path("id").asText()));
            if (reply.path("next").isMissingNode() || reply.path("next").isNull()) {
                break;
            }
            after = reply.path("next").asText();
        }
        assertThat(seen).doesNotHaveDuplicates().contains(moicMessage, bokeoMessage);
        assertThat(seen.indexOf(bokeoMessage)).isLessThan(seen.indexOf(moicMessage));

        Api.Reply bad = office.get("/api/inbox/failed-messages?after=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("field")).isEqualTo("after");
    }

    /** A complaint of this organisation whose escalation is with the organisation's supervisors. */
    private String escalatedComplaint(String organisation) {
        return runtimeService
                .createProcessInstanceByKey("hotline-1516")
                .businessKey("FM-" + UUID.randomUUID())
                .setVariable("responsibleOrg", organisation)
                .startBeforeActivity("followUpOverdue")
                .execute()
                .getId();
    }

    private String failedEmail(String caseId, String organisation, String reason, Instant at) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into gflow_notification (id, dedup_key, process_instance_id, business_key, recipient_kind, "
                        + "recipient, channel, subject, body, created_at, status, attempts, last_error) "
                        + "values (?, ?, ?, (select business_key_ from act_hi_procinst where id_ = ?), 'citizen', ?, "
                        + "'email', ?, 'ຄຳຕອບ', ?, 'failed', 3, ?)",
                id,
                "failed-" + id,
                caseId,
                caseId,
                "citizen-" + organisation + "@example.la",
                "ຄຳຕອບຄຳຮ້ອງທຸກ " + organisation,
                Timestamp.from(at),
                reason);
        return id;
    }

    private String status(String messageId) {
        return jdbc.queryForObject("select status from gflow_notification where id = ?", String.class, messageId);
    }

    /** The message as this reader's list shows it, paging through it all; null when it is not there. */
    private static JsonNode itemOf(Api reader, String messageId) {
        String after = null;
        for (int page = 0; page < 100; page++) {
            Api.Reply reply =
                    reader.get("/api/inbox/failed-messages?size=50" + (after == null ? "" : "&after=" + after));
            assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
            for (JsonNode item : reply.json().path("items")) {
                if (messageId.equals(item.path("id").asText())) {
                    return item;
                }
            }
            if (!reply.json().hasNonNull("next")) {
                return null;
            }
            after = reply.json().path("next").asText();
        }
        throw new AssertionError("more than 100 pages of failed messages");
    }
}
