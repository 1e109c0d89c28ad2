package org.gflow.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/** The web app is served at / and at each of its client-side routes; the APIs are not shadowed. */
class WebAppRoutesIT extends EngineIT {

    private static final String APP_ROOT = "<div id=\"root\">";
    private final HttpClient client = HttpClient.newHttpClient();

    /** Every route the web app declares (web/src/App.tsx), its parameters filled in. */
    private static List<String> webAppRoutes() throws IOException {
        String app = Files.readString(Path.of("../web/src/App.tsx"));
        List<String> routes = Pattern.compile("path=\"(/[^\"]*)\"")
                .matcher(app)
                .results()
                .map(route -> route.group(1).replaceAll(":[A-Za-z]+", "ABC-123"))
                .toList();
        assertThat(routes).as("routes read from App.tsx").contains("/tasks", "/cases/ABC-123/print");
        return routes;
    }

    @Test
    void everyRouteOfTheWebAppAnswersWithTheAppOnAReload() throws Exception {
        for (String path : webAppRoutes()) {
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
