package org.gflow.engine.filters;

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
 * Saved inbox filters ({@code /api/inbox/filters}): a supervisor shares a filter with their
 * organisation, whose people see it with their own count of tasks and may not change it; people
 * of other ministries do not see it at all; a filter never shows more than its reader's inbox;
 * and criteria the task list does not know are refused when saved.
 */
class SavedFiltersIT extends EngineIT {

    private static final String OPERATOR = "phonsavanh.opm";
    private static final String TRIAGE = "vilayvanh.opm";
    private static final String BOKEO_SUPERVISOR = "sengphet.bokeo";
    private static final String BOKEO_VERIFIER = "nalinh.bokeo";
    private static final String MOIC_VERIFIER = "ounkham.moic";

    /** A word only this test's cases carry, so that a filter can select them alone. */
    private final String marker =
            "filter" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void aSharedFilterIsSeenByTheOrganisationWithItsCountAndChangedOnlyByItsOwnerOrSupervisors() {
        verifyingInBokeo(2);
        Api supervisor = Api.as(baseUrl(), BOKEO_SUPERVISOR);
        Api.Reply saved = supervisor.post(
                "/api/inbox/filters",
                Map.of("name", "ກວດສອບ " + marker, "sharedWith", "bokeo", "criteria", Map.of("q", marker)));
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(201);
        String id = saved.text("id");

        JsonNode seenByColleague =
                filterOf(Api.as(baseUrl(), BOKEO_VERIFIER), id).orElseThrow();
        assertThat(seenByColleague.path("name").asText()).isEqualTo("ກວດສອບ " + marker);
        assertThat(seenByColleague.path("sharedWith").asText()).isEqualTo("bokeo");
        assertThat(seenByColleague.path("count").asInt()).isEqualTo(2);
        assertThat(seenByColleague.path("more").asBoolean()).isFalse();
        assertThat(seenByColleague.path("mayChange").asBoolean()).isFalse();
        assertThat(filterOf(Api.as(baseUrl(), MOIC_VERIFIER), id)).isEmpty();

        assertThat(Api.as(baseUrl(), BOKEO_VERIFIER)
                        .delete("/api/inbox/filters/" + id)
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(baseUrl(), BOKEO_VERIFIER)
                        .put("/api/inbox/filters/" + id, Map.of("name", "mine now", "criteria", Map.of()))
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(baseUrl(), MOIC_VERIFIER)
                        .delete("/api/inbox/filters/" + id)
                        .status())
                .isEqualTo(404);

        Api.Reply renamed = supervisor.put(
                "/api/inbox/filters/" + id,
                Map.of("name", "renamed " + marker, "sharedWith", "bokeo", "criteria", Map.of("q", marker)));
        assertThat(renamed.status()).as(renamed.raw().body()).isEqualTo(200);
        assertThat(filterOf(Api.as(baseUrl(), BOKEO_VERIFIER), id)
                        .orElseThrow()
                        .path("name")
                        .asText())
                .isEqualTo("renamed " + marker);

        assertThat(supervisor.delete("/api/inbox/filters/" + id).status()).isEqualTo(204);
        assertThat(filterOf(Api.as(baseUrl(), BOKEO_VERIFIER), id)).isEmpty();
    }

    @Test
    void aFilterNeverShowsMoreThanItsReadersInbox() {
        verifyingInBokeo(1);
        Map<String, Object> bokeoTasks =
                Map.of("name", "Bokeo " + marker, "criteria", Map.of("q", marker, "org", "bokeo"));

        Api.Reply stranger = Api.as(baseUrl(), MOIC_VERIFIER).post("/api/inbox/filters", bokeoTasks);
        assertThat(stranger.status()).as(stranger.raw().body()).isEqualTo(201);
        assertThat(stranger.json().path("count").asInt()).isZero();

        Api.Reply verifier = Api.as(baseUrl(), BOKEO_VERIFIER).post("/api/inbox/filters", bokeoTasks);
        assertThat(verifier.json().path("count").asInt()).isEqualTo(1);

        // a personal filter is its owner's alone, even in the same organisation
        assertThat(filterOf(Api.as(baseUrl(), BOKEO_SUPERVISOR), verifier.text("id")))
                .isEmpty();
    }

    @Test
    void criteriaTheTaskListDoesNotKnowAreRefusedWhenSaved() {
        Api verifier = Api.as(baseUrl(), BOKEO_VERIFIER);

        Api.Reply unknownField = verifier.post(
                "/api/inbox/filters", Map.of("name", "x", "criteria", Map.of("colour", "red", "q", marker)));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.text("code")).isEqualTo("unknown-field");
        assertThat(unknownField.text("field")).isEqualTo("criteria.colour");
        assertThat(unknownField.text("detail")).contains("scope").contains("sort");

        Api.Reply badScope =
                verifier.post("/api/inbox/filters", Map.of("name", "x", "criteria", Map.of("scope", "everything")));
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(badScope.text("field")).isEqualTo("scope");

        Api.Reply badDate =
                verifier.post("/api/inbox/filters", Map.of("name", "x", "criteria", Map.of("createdAfter", "soon")));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text("field")).isEqualTo("createdAfter");

        Api.Reply noName = verifier.post("/api/inbox/filters", Map.of("criteria", Map.of("q", marker)));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.text("field")).isEqualTo("name");

        Api.Reply notTheirsToShare = verifier.post(
                "/api/inbox/filters", Map.of("name", "x", "sharedWith", "bokeo", "criteria", Map.of("q", marker)));
        assertThat(notTheirsToShare.status()).isEqualTo(403);
        assertThat(notTheirsToShare.text("code")).isEqualTo("not-supervisor");

        assertThat(StreamSupport.stream(
                                verifier.get("/api/inbox/filters").json().spliterator(), false)
                        .map(filter -> filter.path("name").asText()))
                .noneMatch("x"::equals);
    }

    private Optional<JsonNode> filterOf(Api reader, String id) {
        Api.Reply listed = reader.get("/api/inbox/filters");
        assertThat(listed.status()).as(listed.raw().body()).isEqualTo(200);
        return StreamSupport.stream(listed.json().spliterator(), false)
                .filter(filter -> filter.path("id").asText().equals(id))
                .findFirst();
    }

    /** Complaints filed for Bokeo and triaged, so each waits for Bokeo's verifiers. */
    private void verifyingInBokeo(int cases) {
        for (int i = 0; i < cases; i++) {
            Api.Reply started = Api.as(baseUrl(), OPERATOR)
                    .post(
                            "/engine-rest/process-definition/key/hotline-1516/start",
                            variables(
                                    "channel",
                                    "phone",
                                    "complaintText",
                                    "ໄຟຟ້າດັບ ບ້ານນ້ຳແກ້ວ " + marker + " " + i,
                                    "category",
                                    "public-service",
                                    "province",
                                    "bokeo"));
            assertThat(started.status()).as(started.json().toString()).isEqualTo(200);
            String caseId = started.text("id");
            completeTask(Api.as(baseUrl(), TRIAGE), caseId, "triageComplaint", Map.of("variables", Map.of()));
            onlyTask(Api.as(baseUrl(), BOKEO_VERIFIER), caseId, "verifyComplaint");
        }
    }
}
