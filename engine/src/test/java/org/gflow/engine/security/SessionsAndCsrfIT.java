package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * Sessions exist only for the browser app after its explicit sign-in; API clients are judged
 * by their credentials on every request, and a session cookie never stands in for them; and
 * a user id is the directory's own spelling, however it was typed.
 */
class SessionsAndCsrfIT extends EngineIT {

    /** No cookie jar: every request is a new visitor, so any session it causes shows as a cookie. */
    private final HttpClient plain = HttpClient.newHttpClient();

    @Test
    void anonymousVisitorsAndApiClientsGetNoSession() throws Exception {
        List<String> anonymousPaths = List.of(
                "/engine-rest/task",
                "/api/tasks",
                "/",
                "/tasks/42",
                "/api/public/hotline/answers",
                "/api/auth/session");
        int sessions = 0;
        for (int i = 0; i < 1000; i++) {
            sessions += sessionCookies(
                    send(request(anonymousPaths.get(i % anonymousPaths.size())).GET()));
        }
        for (int i = 0; i < 100; i++) {
            sessions += sessionCookies(
                    send(request("/engine-rest/task").GET().header("Authorization", basic("nalinh.bokeo", "demo"))));
        }
        assertThat(sessions)
                .as("sessions created by 1,000 anonymous and 100 HTTP Basic requests")
                .isZero();

        HttpResponse<String> login = send(request("/api/auth/login")
                .header("Content-Type", "application/json")
                .header("Cookie", "GFLOW-XSRF-TOKEN=t")
                .header("X-XSRF-TOKEN", "t")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"nalinh.bokeo\",\"password\":\"demo\"}")));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(sessionCookies(login))
                .as("the explicit sign-in opens the one session")
                .isEqualTo(1);
    }

    @Test
    void aSessionCookieWithAWrongBasicPasswordIsRefused() throws Exception {
        Api browser = Api.browser(baseUrl());
        assertThat(browser.post("/api/auth/login", Map.of("username", "nalinh.bokeo", "password", "demo"))
                        .status())
                .isEqualTo(200);
        String session = browser.cookie("GFLOW-SESSION").orElseThrow();

        HttpResponse<String> sameUserWrongPassword = send(request("/engine-rest/task")
                .GET()
                .header("Cookie", "GFLOW-SESSION=" + session)
                .header("Authorization", basic("nalinh.bokeo", "wrong")));
        assertThat(sameUserWrongPassword.statusCode()).isEqualTo(401);
        assertThat(browser.get("/engine-rest/task").status())
                .as("the session itself still works")
                .isEqualTo(200);
    }

    @Test
    void aChangeCarryingTheSessionCookieNeedsTheCsrfTokenWhateverElseItCarries() throws Exception {
        Api browser = Api.browser(baseUrl());
        browser.post("/api/auth/login", Map.of("username", "phonsavanh.opm", "password", "demo"));
        String session = browser.cookie("GFLOW-SESSION").orElseThrow();
        String start = "/engine-rest/process-definition/key/hotline-1516/start";
        String body = "{\"variables\":{\"channel\":{\"value\":\"phone\"}}}";

        HttpResponse<String> cookieOnly = send(request(start)
                .header("Content-Type", "application/json")
                .header("Cookie", "GFLOW-SESSION=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> cookieAndBasic = send(request(start)
                .header("Content-Type", "application/json")
                .header("Cookie", "GFLOW-SESSION=" + session)
                .header("Authorization", basic("phonsavanh.opm", "demo"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(cookieOnly.statusCode()).isEqualTo(403);
        assertThat(cookieAndBasic.statusCode()).isEqualTo(403);
    }

    @Test
    void anExpiredSessionInTheWebAppIsAskedToSignInWithoutTheBrowsersPasswordDialog() throws Exception {
        Api browser = Api.browser(baseUrl());
        browser.post("/api/auth/login", Map.of("username", "nalinh.bokeo", "password", "demo"));
        String session = browser.cookie("GFLOW-SESSION").orElseThrow();
        browser.post("/api/auth/logout", Map.of()); // the session ends, as after a long lunch

        HttpResponse<String> webApp = send(request("/engine-rest/task")
                .GET()
                .header("Cookie", "GFLOW-SESSION=" + session)
                .header("X-Requested-With", "XMLHttpRequest"));
        assertThat(webApp.statusCode()).isEqualTo(401);
        assertThat(webApp.headers().firstValue("WWW-Authenticate"))
                .as("no Basic challenge for the web app")
                .isEmpty();
        assertThat(webApp.body()).contains("\"error\":\"unauthenticated\"");

        HttpResponse<String> apiClient =
                send(request("/engine-rest/task").GET().header("Cookie", "GFLOW-SESSION=" + session));
        assertThat(apiClient.statusCode()).isEqualTo(401);
        assertThat(apiClient.headers().firstValue("WWW-Authenticate"))
                .as("API clients are still invited to HTTP Basic")
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
    }

    @Test
    void aUserIdTypedInAnotherCaseActsAsTheDirectorysUser() {
        assertThat(Api.as(baseUrl(), "ADMIN").get("/api/auth/session").text("id"))
                .isEqualTo("admin");
        Api.Reply browserLogin =
                Api.browser(baseUrl()).post("/api/auth/login", Map.of("username", "NALINH.BOKEO", "password", "demo"));
        assertThat(browserLogin.text("id")).isEqualTo("nalinh.bokeo");

        String caseId = Api.as(baseUrl(), "PhonSavanh.OPM")
                .startPhoneComplaint("ໄຟຟ້າດັບທຸກຄືນ ຢູ່ບ້ານໂພນສະຫວ່າງ", "public-service", "bokeo");
        assertThat(Api.as(baseUrl(), "admin")
                        .get("/engine-rest/history/process-instance/" + caseId)
                        .text("startUserId"))
                .isEqualTo("phonsavanh.opm");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return plain.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int sessionCookies(HttpResponse<?> response) {
        return (int) response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("GFLOW-SESSION="))
                .count();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
