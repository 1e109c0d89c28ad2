package org.gflow.engine.inbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import org.gflow.engine.Api;

/**
 * Many inbox users at once, with no think time: each client sends its next request as soon as
 * the last one is answered, for a fixed time, and every answer's latency is kept by the kind of
 * request. A client is a browser holding the session cookie of its own sign-in, or an API client
 * sending HTTP Basic on every request, as the engine meets them in production.
 */
final class InboxLoad {

    /**
     * One simulated user: a browser sends the cookies of its sign-in (session and CSRF token) with
     * every request and, as every browser does, asks for a compressed answer; an API client
     * ({@code cookies} null) sends HTTP Basic and takes the answer as it is.
     */
    record Client(int number, String user, String cookies) {

        static final String BROWSERS = "browsers (session cookie)";
        static final String API_CLIENTS = "API clients (HTTP Basic)";
        /** What Chromium asks for: the engine compresses a JSON answer of 2 KB or more (a page of tasks) with gzip. */
        static final String CHROMIUM_ENCODINGS = "gzip, deflate, br, zstd";

        /** Signs in once as the web app does (CSRF cookie first, then the sign-in) and keeps the session. */
        static Client browser(int number, String baseUrl, String user) {
            Api browser = Api.browser(baseUrl);
            Api.Reply login = browser.post("/api/auth/login", Map.of("username", user, "password", Api.PASSWORD));
            if (login.status() != 200) {
                throw new IllegalStateException("Sign-in of " + user + " answered " + login.status() + ": "
                        + login.raw().body());
            }
            return new Client(
                    number,
                    user,
                    "GFLOW-SESSION=" + browser.cookie("GFLOW-SESSION").orElseThrow() + "; GFLOW-XSRF-TOKEN="
                            + browser.cookie("GFLOW-XSRF-TOKEN").orElseThrow());
        }

        static Client basic(int number, String user) {
            return new Client(number, user, null);
        }

        /** How this client signs its requests, as the table names it. */
        String signsWith() {
            return cookies != null ? BROWSERS : API_CLIENTS;
        }

        HttpRequest.Builder authenticate(HttpRequest.Builder request) {
            if (cookies != null) {
                return request.header("Cookie", cookies)
                        .header("X-Requested-With", "XMLHttpRequest")
                        .header("Accept-Encoding", CHROMIUM_ENCODINGS);
            }
            String basic =
                    Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
            return request.header("Authorization", "Basic " + basic);
        }
    }

    /** A request of some kind (the table's row), by path. */
    record Call(String kind, String path) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    private final String baseUrl;

    InboxLoad(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Runs every client on its own thread for {@code warmUp + measured}, each sending
     * {@code calls.apply(client, step)} for step 0, 1, 2, …; only answers that arrive after the
     * warm-up count.
     */
    Result run(List<Client> clients, BiFunction<Client, Integer, Call> calls, Duration warmUp, Duration measured)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients.size());
        CountDownLatch ready = new CountDownLatch(clients.size());
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        try {
            List<Future<Tally>> tallies = new ArrayList<>();
            for (Client client : clients) {
                tallies.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return drive(client, calls, window[0], window[1]);
                }));
            }
            ready.await();
            window[0] = System.nanoTime() + warmUp.toNanos();
            window[1] = window[0] + measured.toNanos();
            go.countDown(); // the latch publishes the window to the clients
            Tally all = new Tally();
            for (Future<Tally> tally : tallies) {
                all.add(tally.get());
            }
            return all.result(measured);
        } finally {
            threads.shutdownNow();
        }
    }

    private Tally drive(Client client, BiFunction<Client, Integer, Call> calls, long measureFrom, long measureUntil) {
        Tally tally = new Tally();
        for (int step = 0; System.nanoTime() < measureUntil; step++) {
            Call call = calls.apply(client, step);
            HttpRequest request = client.authenticate(HttpRequest.newBuilder(URI.create(baseUrl + call.path()))
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(60)))
                    .GET()
                    .build();
            long started = System.nanoTime();
            int status;
            String failure = null;
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                String body = body(response); // a browser unpacks every answer it reads
                if (status / 100 != 2) {
                    failure = status + " " + call.path() + ": " + body;
                }
            } catch (IOException e) {
                status = 0;
                failure = e + " " + call.path();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long ended = System.nanoTime();
            if (started >= measureFrom && ended <= measureUntil) {
                tally.record(call.kind(), client.signsWith(), ended - started, status, failure);
            }
        }
        return tally;
    }

    /** The answer's text, unpacked when it came compressed. */
    private static String body(HttpResponse<byte[]> response) throws IOException {
        byte[] bytes = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            try (GZIPInputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = unpacked.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** What one client (then all of them) saw in the measured window. */
    private static final class Tally {
        private final Map<String, List<Long>> nanos = new LinkedHashMap<>();
        private final Map<String, List<Long>> nanosBySigning = new LinkedHashMap<>();
        private long errors;
        private long busy;
        private String firstError;

        private static void addAll(Map<String, List<Long>> into, Map<String, List<Long>> from) {
            from.forEach((key, list) ->
                    into.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list));
        }

        void record(String kind, String signing, long took, int status, String failure) {
            nanos.computeIfAbsent(kind, k -> new ArrayList<>()).add(took);
            nanosBySigning.computeIfAbsent(signing, k -> new ArrayList<>()).add(took);
            if (status == 503) {
                busy++;
            } else if (failure != null) {
                errors++;
                if (firstError == null) {
                    firstError = failure.length() > 300 ? failure.substring(0, 300) : failure;
                }
            }
        }

        void add(Tally other) {
            addAll(nanos, other.nanos);
            addAll(nanosBySigning, other.nanosBySigning);
            errors += other.errors;
            busy += other.busy;
            if (firstError == null) {
                firstError = other.firstError;
            }
        }

        Result result(Duration measured) {
            Map<String, Latencies> byKind = new LinkedHashMap<>();
            List<Long> all = new ArrayList<>();
            nanos.forEach((kind, list) -> {
                byKind.put(kind, new Latencies(list));
                all.addAll(list);
            });
            Map<String, Latencies> bySigning = new LinkedHashMap<>();
            nanosBySigning.forEach((signing, list) -> bySigning.put(signing, new Latencies(list)));
            return new Result(
                    byKind,
                    bySigning,
                    new Latencies(all),
                    all.size() / (measured.toNanos() / 1e9),
                    errors,
                    busy,
                    firstError);
        }
    }

    /**
     * One run's figures.
     *
     * @param bySigning the same answers by how their clients signed them: session cookie or HTTP Basic
     * @param errors answers that were neither 2xx nor 503, and requests that got no answer
     * @param busy   503 answers of the admission control
     */
    record Result(
            Map<String, Latencies> byKind,
            Map<String, Latencies> bySigning,
            Latencies all,
            double perSecond,
            long errors,
            long busy,
            String firstError) {}

    /** Response times of one kind of request, sorted, in nanoseconds. */
    record Latencies(long[] nanos) {

        Latencies(List<Long> list) {
            this(list.stream().mapToLong(Long::longValue).sorted().toArray());
        }

        Latencies {
            nanos = nanos.clone();
            Arrays.sort(nanos);
        }

        int count() {
            return nanos.length;
        }

        /** The nearest-rank percentile in milliseconds; NaN when nothing was measured. */
        double p(int percentile) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
            return nanos[Math.max(0, rank - 1)] / 1e6;
        }
    }
}
