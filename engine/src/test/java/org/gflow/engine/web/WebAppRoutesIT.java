package org.gflow.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/** The web app is served at / and at each of its client-side routes; the APIs are not shadowed. */
class WebAppRoutesIT extends EngineIT {

    private static final String APP_ROOT = "<div id=\"root\">";
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void clientSideRoutesAnswerWithTheApp() throws Exception {
        for (String path : new String[] {
            "/",
            "/tasks",
            "/tasks/123",
            "/verify/ABC-123",
            "/track",
            "/login",
            "/admin/plugins",
            "/cases",
            "/cases/123",
            "/cases/123/print"
        }) {
            HttpResponse<String> page = browse(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains(APP_ROOT);
        }
    }

    @Test
    void apisAndUnknownPathsAreNotTheApp() throws Exception {
        assertThat(browse("/api/inbox/tasks").statusCode()).isEqualTo(401);
        assertThat(browse("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(browse("/no-such-page").body()).doesNotContain(APP_ROOT);
        assertThat(browse("/actuator/health").body()).contains("UP").doesNotContain(APP_ROOT);
    }

    private HttpResponse<String> browse(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Accept", "text/html,*/*;q=0.8")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
