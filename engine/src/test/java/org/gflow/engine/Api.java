package org.gflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gflow.engine.testing.Eventually;

/** A small HTTP client for the engine's tests: JSON in, JSON out, as a given directory user. */
public final class Api {

    /** A response: status and JSON body (or the raw text under "text" when not JSON). */
    public record Reply(int status, JsonNode json, HttpResponse<String> raw) {
        public String text(String field) {
            return json.path(field).asText();
        }

        /**
         * A refusal's problem detail but its {@code instance}, which only names the path asked: what
         * must read the same whatever was asked (an unknown number, a wrong code, a malformed one).
         */
        public JsonNode refusal() {
            JsonNode body = json.deepCopy();
            if (body instanceof ObjectNode object) {
                object.remove("instance");
            }
            return body;
        }
    }

    public static final String PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String user;
    private final String password;
    private final CookieManager cookies = new CookieManager();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofMinutes(1))
            .cookieHandler(cookies)
            .build();

    private Api(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * A browser: no HTTP Basic, a session cookie after {@code /api/auth/login}, and the CSRF
     * token echoed from its cookie as the web app does.
     */
    public static Api browser(String baseUrl) {
        Api browser = new Api(baseUrl, null, null);
        browser.get("/api/auth/session"); // receives the GFLOW-XSRF-TOKEN cookie
        return browser;
    }

    public static Api as(String baseUrl, String user) {
        return new Api(baseUrl, user, PASSWORD);
    }

    public static Api as(String baseUrl, String user, String password) {
        return new Api(baseUrl, user, password);
    }

    public static Api anonymous(String baseUrl) {
        return new Api(baseUrl, null, null);
    }

    /** The same browser reaching another address (another engine node, a proxy): its cookies go along. */
    public Api at(String otherBaseUrl) {
        Api same = new Api(otherBaseUrl, user, password);
        URI address = URI.create(otherBaseUrl);
        cookies.getCookieStore()
                .getCookies()
                .forEach(cookie -> same.cookies.getCookieStore().add(address, cookie));
        same.headers.putAll(headers);
        return same;
    }

    /** Sends this header with every later request (e.g. {@code X-Forwarded-For}); returns this client. */
    public Api withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The cookie of this name the client holds, if any (e.g. {@code GFLOW-SESSION}). */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET accepting any content type, for downloads (attachments) that are not JSON. */
    public Reply download(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    /** The raw bytes of a download (a PDF); fails unless the answer is 200. */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response =
                    client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8)));
    }

    /**
     * Starts a case of this model through {@code /engine-rest} and returns its id, failing the
     * test with the refusal when the start is refused.
     *
     * @param body Camunda's start body: {@code variables}, optionally {@code businessKey}
     */
    public String start(String processKey, Object body) {
        Reply started = post("/engine-rest/process-definition/key/" + processKey + "/start", body);
        if (started.status() != 200) {
            throw new AssertionError("starting " + processKey + " answered " + started.status() + ": "
                    + started.raw().body());
        }
        return started.text("id");
    }

    /** A complaint taken by phone, as the hotline's operators file one; returns the case id. */
    public String startPhoneComplaint(String text, String category, String province) {
        return start(
                "hotline-1516",
                CamundaJson.variables(
                        "channel", "phone", "complaintText", text, "category", category, "province", province));
    }

    /** The tracking number of a hotline case, read as this user once the case is registered; waits for it. */
    public String trackingNumberOf(String caseId) {
        String variable = "/engine-rest/process-instance/" + caseId + "/variables/trackingNumber";
        eventually("complaint " + caseId + " is registered", () -> get(variable).status() == 200);
        return get(variable).text("value");
    }

    public Reply put(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8)));
    }

    /** @param headers extra headers, as name, value, name, value … */
    public Reply postRaw(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Signs in to Cockpit or Admin as their own page does: the CSRF token from a first request,
     * then the form. Meant for an {@link #anonymous} client.
     */
    public Reply camundaWebappLogin(String app, String user, String password) {
        String token = get("/camunda/api/admin/auth/user/default")
                .raw()
                .headers()
                .firstValue("X-XSRF-TOKEN")
                .orElseThrow();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return postRaw(
                "/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8),
                "X-XSRF-TOKEN",
                token,
                "Origin",
                baseUrl);
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Polls until the condition holds, for asynchronous engine work (dispatch, jobs); see {@link Eventually}. */
    public static void eventually(String what, Supplier<Boolean> condition) {
        Eventually.eventually(what, condition::get);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Eventually.CEILING)
                .header("Accept", "application/json");
        if (!path.startsWith("/camunda/")) { // Cockpit and Admin carry their own CSRF token
            cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("GFLOW-XSRF-TOKEN"))
                    .findFirst()
                    .ifPresent(csrf -> builder.header("X-XSRF-TOKEN", csrf.getValue()));
        }
        headers.forEach(builder::header);
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response =
                    client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), parse(response.body()), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode().put("text", body);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
