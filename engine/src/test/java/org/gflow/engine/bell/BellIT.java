package org.gflow.engine.bell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.CamundaJson.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * The inbox's bell ({@code /api/inbox/bell}): a task offered to my group rings my bell unread,
 * reading it marks it for me alone, a task handed to me rings it too, and another person's
 * notices are not mine to see or mark.
 */
class BellIT extends EngineIT {

    private static final String OPERATOR = "phonsavanh.opm";
    private static final String TRIAGE = "vilayvanh.opm";
    private static final String BOKEO_VERIFIER = "nalinh.bokeo";

    private final String marker =
            "bell" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void aTaskOfferedToMyGroupIsUnreadUntilIReadIt() {
        String caseId = complaint();
        Api triage = Api.as(baseUrl(), TRIAGE);
        String taskId = onlyTask(triage, caseId, "triageComplaint");

        JsonNode notice = noticeOf(triage, taskId, "task-offered").orElseThrow();
        assertThat(notice.path("read").asBoolean()).isFalse();
        assertThat(notice.path("caseId").asText()).isEqualTo(caseId);
        assertThat(notice.path("title").asText()).isNotBlank();
        int unread = triage.get("/api/inbox/bell/unread").json().path("count").asInt();
        assertThat(unread).isPositive();

        // the operator who filed it, and another organisation, hear nothing of it
        assertThat(noticeOf(Api.as(baseUrl(), OPERATOR), taskId, "task-offered"))
                .isEmpty();
        Api stranger = Api.as(baseUrl(), BOKEO_VERIFIER);
        assertThat(noticeOf(stranger, taskId, "task-offered")).isEmpty();
        assertThat(stranger.post("/api/inbox/bell/" + notice.path("id").asLong() + "/read", Map.of())
                        .status())
                .isEqualTo(404);

        assertThat(triage.post("/api/inbox/bell/" + notice.path("id").asLong() + "/read", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(noticeOf(triage, taskId, "task-offered")
                        .orElseThrow()
                        .path("read")
                        .asBoolean())
                .isTrue();
        assertThat(triage.get("/api/inbox/bell/unread").json().path("count").asInt())
                .isLessThan(unread);
    }

    @Test
    void aTaskHandedToMeRingsMyBellAndReadingAllClearsIt() {
        String caseId = complaint();
        Api triage = Api.as(baseUrl(), TRIAGE);
        String taskId = onlyTask(triage, caseId, "triageComplaint");
        assertThat(Api.as(baseUrl(), "admin")
                        .post("/api/inbox/tasks/" + taskId + "/handover", Map.of("userId", TRIAGE))
                        .status())
                .isEqualTo(204);

        assertThat(noticeOf(triage, taskId, "task-assigned")
                        .orElseThrow()
                        .path("read")
                        .asBoolean())
                .isFalse();
        assertThat(triage.post("/api/inbox/bell/read-all", Map.of()).status()).isEqualTo(204);
        assertThat(noticeOf(triage, taskId, "task-assigned")
                        .orElseThrow()
                        .path("read")
                        .asBoolean())
                .isTrue();
        assertThat(noticeOf(triage, taskId, "task-offered")
                        .orElseThrow()
                        .path("read")
                        .asBoolean())
                .isTrue();

        // claiming a task oneself is not news
        Api.Reply released = triage.post("/engine-rest/task/" + taskId + "/unclaim", Map.of());
        assertThat(released.status()).isEqualTo(204);
        assertThat(triage.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", TRIAGE))
                        .status())
                .isEqualTo(204);
        assertThat(StreamSupport.stream(latest(triage).spliterator(), false)
                        .filter(item -> item.path("taskId").asText().equals(taskId))
                        .filter(item -> item.path("kind").asText().equals("task-assigned")))
                .as("only the administrator's handover, not the claim")
                .hasSize(1);
    }

    @Test
    void theListIsBoundedToTheLatestNotices() {
        Api triage = Api.as(baseUrl(), TRIAGE);
        assertThat(triage.get("/api/inbox/bell?size=51").status()).isEqualTo(400);
        assertThat(triage.get("/api/inbox/bell?page=5&size=10").status()).isEqualTo(400);
        assertThat(triage.get("/api/inbox/bell?page=4&size=10")
                        .json()
                        .path("more")
                        .asBoolean())
                .isFalse();
    }

    private Optional<JsonNode> noticeOf(Api reader, String taskId, String kind) {
        return StreamSupport.stream(latest(reader).spliterator(), false)
                .filter(item -> item.path("taskId").asText().equals(taskId))
                .filter(item -> item.path("kind").asText().equals(kind))
                .findFirst();
    }

    private JsonNode latest(Api reader) {
        Api.Reply page = reader.get("/api/inbox/bell?size=50");
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        return page.json().path("items");
    }

    private String complaint() {
        Api.Reply started = Api.as(baseUrl(), OPERATOR)
                .post(
                        "/engine-rest/process-definition/key/hotline-1516/start",
                        variables(
                                "channel",
                                "phone",
                                "complaintText",
                                "ຂີ້ເຫຍື້ອບໍ່ມີຄົນເກັບ " + marker,
                                "category",
                                "public-service",
                                "province",
                                "bokeo"));
        assertThat(started.status()).as(started.json().toString()).isEqualTo(200);
        return started.text("id");
    }
}
