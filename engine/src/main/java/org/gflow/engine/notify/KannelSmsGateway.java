package org.gflow.engine.notify;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.gflow.plugin.api.sms.SmsGateway;
import org.gflow.plugin.api.sms.SmsRefused;
import org.springframework.stereotype.Component;

/**
 * G-Flow's built-in SMS gateway ({@value #NAME}): an SMS gateway's HTTP {@code sendsms} interface
 * (Kannel's, which most gateways in the region also speak), the text as UTF-8 sent as UCS-2
 * ({@code coding=2}) when it holds anything beyond plain ASCII — Lao always does. The gateway's 2xx
 * means it accepted the message; a 4xx other than an authentication refusal means it never will;
 * anything else is tried again.
 */
@Component
class KannelSmsGateway implements SmsGateway {

    /** Its name in {@code gflow.sms.gateway}: the default. */
    static final String NAME = "kannel";

    private final SmsSettings settings;
    private final HttpClient http;

    KannelSmsGateway(SmsSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** False without a {@code sendsms} address. */
    boolean configured() {
        return settings.url() != null && !settings.url().isBlank();
    }

    @Override
    public void send(String to, String text) throws IOException, InterruptedException, SmsRefused {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(settings.url() + "?" + query(to, text)))
                        .timeout(settings.timeout())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        int status = answer.statusCode();
        if (status / 100 == 2) {
            return;
        }
        // never the request's address in an error: it carries the gateway's password
        String refusal =
                "the SMS gateway answered " + status + ": " + answer.body().strip();
        if (status / 100 == 4 && status != 401 && status != 403 && status != 429) {
            throw new SmsRefused(refusal);
        }
        throw new IOException(refusal);
    }

    private String query(String to, String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("username", settings.username());
        parameters.put("password", settings.password());
        if (settings.from() != null && !settings.from().isBlank()) {
            parameters.put("from", settings.from());
        }
        parameters.put("to", to);
        parameters.put("text", text);
        parameters.put("charset", "UTF-8");
        parameters.put("coding", plainAscii(text) ? "0" : "2");
        return parameters.entrySet().stream()
                .filter(parameter -> parameter.getValue() != null)
                .map(parameter ->
                        parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static boolean plainAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n');
    }
}
