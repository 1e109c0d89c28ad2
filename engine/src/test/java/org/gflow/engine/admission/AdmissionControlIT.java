package org.gflow.engine.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gflow.engine.Api;
import org.gflow.engine.GFlowApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * With every place taken, an API request with credentials is answered at once with 503 and
 * {@code Retry-After} instead of waiting; the requests already admitted all finish, the refused
 * one succeeds when retried, and health checks and static files are never refused. Starts an
 * engine of its own: the limit is two places, with a held endpoint added to fill them.
 */
@Tag("own-engine")
class AdmissionControlIT {

    private static final int PLACES = 2;
    private static final CountDownLatch ARRIVED = new CountDownLatch(PLACES);
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private static ConfigurableApplicationContext engine;
    private static String baseUrl;

    /** An API request that holds its place until the test releases it. */
    @RestController
    static class HeldEndpoint {
        @GetMapping("/api/test/held")
        String held() throws InterruptedException {
            ARRIVED.countDown();
            if (!RELEASE.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("never released");
            }
            return "finished";
        }
    }

    @BeforeAll
    static void startEngine() throws Exception {
        Path data = Files.createTempDirectory(
                Files.createDirectories(Path.of("target").toAbsolutePath()), "admission-");
        engine = new SpringApplicationBuilder(GFlowApplication.class, HeldEndpoint.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--gflow.data-dir=" + data,
                        "--gflow.db.url=jdbc:h2:mem:admission;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                        "--gflow.plugins.install-bundled=false",
                        "--gflow.admission.max-concurrent=" + PLACES,
                        "--gflow.admission.queue-wait=50ms",
                        "--gflow.admission.retry-after=3s");
        baseUrl = "http://localhost:" + engine.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stopEngine() {
        RELEASE.countDown();
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aFullEngineAnswersBusyAtOnceAndLosesNothing() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Api browser = Api.browser(baseUrl);
        assertThat(browser.post("/api/auth/login", Map.of("username", "nalinh.bokeo", "password", Api.PASSWORD))
                        .status())
                .isEqualTo(200);
        // 1. two signed-in requests take both places and are held there
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        for (int i = 0; i < PLACES; i++) {
            held.add(client.sendAsync(signedIn("/api/test/held").build(), HttpResponse.BodyHandlers.ofString()));
        }
        assertThat(ARRIVED.await(2, TimeUnit.MINUTES))
                .as("both held requests admitted")
                .isTrue();

        // 2. a third is refused at once: 503, Retry-After and the usual error body
        Api verifier = Api.as(baseUrl, "nalinh.bokeo");
        Api.Reply refused = verifier.get("/engine-rest/task");
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.raw().headers().firstValue("Retry-After")).contains("3");
        assertThat(refused.text("error")).isEqualTo("busy");
        assertThat(refused.text("message")).isNotBlank();
        // so is a browser's, though its session has yet to be read
        assertThat(browser.get("/api/inbox/tasks").status()).isEqualTo(503);

        // 3. health checks, public pages and the web app's files are never refused, and a request
        // without credentials is told so at once
        assertThat(Api.anonymous(baseUrl).get("/actuator/health").status()).isEqualTo(200);
        assertThat(Api.anonymous(baseUrl).get("/api/inbox/tasks").status()).isEqualTo(401);
        assertThat(Api.anonymous(baseUrl).download("/").status()).isNotEqualTo(503);

        // 4. the held requests all finish, and the refused one succeeds when retried
        RELEASE.countDown();
        for (CompletableFuture<HttpResponse<String>> request : held) {
            HttpResponse<String> response = request.get(2, TimeUnit.MINUTES);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("finished");
        }
        assertThat(verifier.get("/engine-rest/task").status()).isEqualTo(200);
        assertThat(browser.get("/api/inbox/tasks").status()).isEqualTo(200);
    }

    private static HttpRequest.Builder signedIn(String path) {
        String credentials =
                Base64.getEncoder().encodeToString(("nalinh.bokeo:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + credentials);
    }
}
