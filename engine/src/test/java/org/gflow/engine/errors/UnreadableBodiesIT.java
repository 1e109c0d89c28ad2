package org.gflow.engine.errors;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A body the engine cannot read — a broken upload, the wrong content type, text that is not
 * JSON, more than the limit — is the caller's 4xx on every door, with G-Flow's error body, and
 * one warning line in the log: no 500, no stack trace.
 */
class UnreadableBodiesIT extends EngineIT {

    private static final String BROKEN_MULTIPART = "multipart/form-data; boundary=gflow-broken";
    private static final byte[] BROKEN_BODY = ("--gflow-broken\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"scan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 and then the connection")
            .getBytes(StandardCharsets.UTF_8);
    private static final int OVER_THE_LIMIT = 26 * 1024 * 1024;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void watchTheLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void noStackTraceWasLogged() {
        root.detachAppender(log);
        assertThat(log.list)
                .as("log lines of request threads with a stack trace or at ERROR")
                .filteredOn(event -> event.getThreadName().startsWith("http-nio"))
                .filteredOn(event ->
                        event.getThrowableProxy() != null || event.getLevel().isGreaterOrEqual(Level.ERROR))
                .isEmpty();
    }

    @Test
    void aBrokenUploadIsABadRequestOnEveryUploadEndpoint() {
        assertRefused(
                Api.as(baseUrl(), "phonsavanh.opm")
                        .postRaw("/api/inbox/cases/any-case/attachments", BROKEN_MULTIPART, BROKEN_BODY),
                400);
        assertRefused(Api.as(baseUrl(), "admin").postRaw("/api/plugins", BROKEN_MULTIPART, BROKEN_BODY), 400);
        assertRefused(
                Api.anonymous(baseUrl())
                        .postRaw("/api/public/documents/ABCD-1234/check", BROKEN_MULTIPART, BROKEN_BODY),
                400);
        assertRefused(
                Api.as(baseUrl(), "admin").postRaw("/engine-rest/deployment/create", BROKEN_MULTIPART, BROKEN_BODY),
                400);
        assertRefused(Api.as(baseUrl(), "admin").postRaw("/api/plugins", "multipart/form-data", BROKEN_BODY), 400);
        assertThat(log.list)
                .filteredOn(event -> event.getLevel() == Level.WARN
                        && event.getFormattedMessage().startsWith("Refused"))
                .isNotEmpty();
    }

    @Test
    void theWrongContentTypeIsUnsupported() {
        byte[] text = "ຖະໜົນເຂົ້າບ້ານ".getBytes(StandardCharsets.UTF_8);
        assertRefused(Api.anonymous(baseUrl()).postRaw("/api/public/hotline/complaints", "text/plain", text), 415);
        byte[] form =
                ("--gflow-form\r\nContent-Disposition: form-data; name=\"complaintText\"\r\n\r\nຖະໜົນ\r\n--gflow-form--\r\n")
                        .getBytes(StandardCharsets.UTF_8);
        assertRefused(
                Api.anonymous(baseUrl())
                        .postRaw("/api/public/hotline/complaints", "multipart/form-data; boundary=gflow-form", form),
                415);
        assertRefused(
                Api.as(baseUrl(), "phonsavanh.opm")
                        .postRaw(
                                "/api/inbox/cases/any-case/attachments",
                                "application/json",
                                "{}".getBytes(StandardCharsets.UTF_8)),
                415);
        assertRefused(
                Api.as(baseUrl(), "admin").postRaw("/engine-rest/task/any-task/complete", "text/plain", text), 415);
    }

    @Test
    void textThatIsNotJsonIsABadRequest() {
        byte[] notJson = "{\"complaintText\": \"ຖະໜົນ".getBytes(StandardCharsets.UTF_8);
        assertRefused(
                Api.anonymous(baseUrl()).postRaw("/api/public/hotline/complaints", "application/json", notJson), 400);
        assertRefused(
                Api.as(baseUrl(), "admin").postRaw("/engine-rest/task/any-task/complete", "application/json", notJson),
                400);
        assertRefused(
                Api.as(baseUrl(), "admin")
                        .postRaw(
                                "/engine-rest/process-definition/key/hotline-1516/start",
                                "application/json",
                                "[1, 2".getBytes(StandardCharsets.UTF_8)),
                400);
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() throws IOException {
        assertThat(postLarge("/api/inbox/cases/any-case/attachments", "phonsavanh.opm"))
                .isEqualTo(413);
        assertThat(postLarge("/engine-rest/deployment/create", "admin")).isEqualTo(413);
    }

    private static void assertRefused(Api.Reply reply, int status) {
        assertThat(reply.status())
                .as(reply.raw().uri() + ": " + reply.raw().body())
                .isEqualTo(status);
        assertThat(reply.raw().body()).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    /**
     * Announces an upload just over the 25 MB limit and waits for the go-ahead, as a careful client
     * does ({@code Expect: 100-continue}); returns the status of the answer, which must come without
     * the body being sent.
     */
    private int postLarge(String path, String user) throws IOException {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
                + credentials
                + "\r\nContent-Type: multipart/form-data; boundary=gflow-large\r\nContent-Length: " + OVER_THE_LIMIT
                + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader answer =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = answer.readLine();
            while (statusLine != null && statusLine.startsWith("HTTP/1.1 100")) { // the interim go-ahead: skip it
                answer.readLine(); // the blank line ending it
                statusLine = answer.readLine();
            }
            assertThat(statusLine).as("status line").isNotNull().startsWith("HTTP/1.1 ");
            String rest = answer.lines().collect(java.util.stream.Collectors.joining("\n"));
            assertThat(rest).doesNotContain("\tat ");
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
