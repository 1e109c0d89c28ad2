package org.gflow.engine.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * The web app's API types are generated from a committed copy of the engine's OpenAPI description,
 * {@code web/openapi/gflow-api.json}. This test fails when the served description and that copy
 * disagree — a controller changed without the web app's types following. Run it with
 * {@code -Dgflow.openapi.write=true} to write the served description into the copy instead, then
 * regenerate the types ({@code npm run api-types} in {@code web/}).
 */
class ApiDescriptionIT extends EngineIT {

    static final Path COMMITTED = Path.of("..", "web", "openapi", "gflow-api.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void theCommittedDescriptionIsTheServedOne() throws IOException {
        Api.Reply served = Api.as(baseUrl(), "admin").get("/api/admin/openapi");
        assertThat(served.status()).as(served.raw().body()).isEqualTo(200);
        assertThat(served.json().path("paths").fieldNames())
                .toIterable()
                .as("only G-Flow's own API, not Camunda's")
                .allMatch(path -> path.startsWith("/api/"));
        if (Boolean.getBoolean("gflow.openapi.write")) {
            Files.writeString(COMMITTED, JSON.writeValueAsString(served.json()) + "\n");
        }
        JsonNode committed = JSON.readTree(COMMITTED.toFile());
        assertThat(committed)
                .as("web/openapi/gflow-api.json is stale: rerun this test with -Dgflow.openapi.write=true "
                        + "and then npm run api-types in web/")
                .isEqualTo(served.json());
    }

    @Test
    void onlyAdminsReadTheDescription() {
        Api.Reply civilServant = Api.as(baseUrl(), "nalinh.bokeo").get("/api/admin/openapi");
        assertThat(civilServant.status()).isEqualTo(403);
        assertThat(Api.anonymous(baseUrl()).get("/api/admin/openapi").status()).isEqualTo(401);
    }
}
