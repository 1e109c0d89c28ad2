package org.gflow.engine.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gflow.engine.Api;
import org.gflow.engine.testing.Eventually;

/**
 * A test's reader of {@code GET /api/inbox/events} as one user (HTTP Basic): collects every
 * event the stream sends, in order, until closed.
 */
public final class EventStream implements AutoCloseable {

    /** One server-sent event: its id, name and JSON data. */
    public record Event(String id, String name, JsonNode data) {
        public String taskId() {
            return data.path("taskId").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public final HttpResponse<Stream<String>> response;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean ended;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream as this user (HTTP Basic) and waits until the server has answered (it is then registered). */
    public static EventStream open(String baseUrl, String user, String lastEventId) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return open(baseUrl, "Authorization", "Basic " + basic, lastEventId);
    }

    /** Opens the stream in a web-app session, as the browser does: with its session cookie. */
    public static EventStream inSession(String baseUrl, String sessionId) {
        return open(baseUrl, "Cookie", "GFLOW-SESSION=" + sessionId, null);
    }

    private static EventStream open(String baseUrl, String header, String credentials, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/inbox/events"))
                .header("Accept", "text/event-stream")
                .header("Accept-Encoding", "gzip")
                .header(header, credentials);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        CompletableFuture<HttpResponse<Stream<String>>> answer =
                HttpClient.newHttpClient().sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
        try {
            return new EventStream(answer.get(Eventually.CEILING.toSeconds(), TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("The event stream did not open", e);
        }
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.isEmpty()) {
                    if (name != null) {
                        events.add(new Event(id, name, JSON.readTree(data.toString())));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException closed) {
            // the test closed the stream
        } finally {
            ended = true;
        }
    }

    /** Whether the server ended the stream (or the test closed it). */
    public boolean ended() {
        return ended;
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The events about this task, in the order they came. */
    public List<String> namesFor(String taskId) {
        return events.stream()
                .filter(event -> taskId.equals(event.taskId()))
                .map(Event::name)
                .toList();
    }

    public boolean received(String name, String taskId) {
        return namesFor(taskId).contains(name);
    }

    public String lastId() {
        return events.isEmpty() ? null : events.get(events.size() - 1).id();
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
