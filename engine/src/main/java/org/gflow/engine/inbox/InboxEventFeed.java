package org.gflow.engine.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gflow.engine.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This node's side of the live inbox: one thread reads the change log by increasing id (one query
 * a poll for the whole node, however many inboxes are open) and sends each change to the open
 * streams of the people who see it, whichever node made it. A change id that is missing while
 * later ones are there belongs to a transaction that has not committed yet: the later ones go
 * out at once, and the missing one when it arrives (or, after {@code gap-wait}, never — it rolled
 * back). A stream that reconnects with the last id it received is first sent what it missed.
 */
@Component
class InboxEventFeed implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(InboxEventFeed.class);

    /** Changes read per poll. */
    private static final int BATCH = 500;

    /** Sent when the changes a reconnecting stream missed are no longer kept: reload everything. */
    static final String RESYNC = "resync";

    /** Refused: this person already holds {@code max-per-user} streams. */
    static final class TooManyStreams extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyStreams(int limit) {
            super("At most " + limit + " live inboxes may be open at once; close another tab.");
        }
    }

    private final InboxChangeLog log;
    private final InboxEventSettings settings;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final Map<SseEmitter, CurrentUser> owners = new ConcurrentHashMap<>();
    /** The web-app session each browser's stream was opened in (HTTP Basic streams have none). */
    private final Map<SseEmitter, String> sessions = new ConcurrentHashMap<>();

    private final Object lock = new Object();
    /** Every change up to this id has been sent (or given up on). */
    private long position;
    /** Changes sent above {@link #position}, while an id below them is still missing. */
    private final TreeSet<Long> sentAbove = new TreeSet<>();

    private Instant gapSeen;
    private Instant lastPrune = Instant.EPOCH;
    private ScheduledExecutorService thread;

    InboxEventFeed(InboxChangeLog log, InboxEventSettings settings, MeterRegistry meters) {
        this.log = log;
        this.settings = settings;
        Gauge.builder("gflow.inbox.streams", this, InboxEventFeed::openStreams)
                .description("Live inbox streams open on this node")
                .register(meters);
    }

    /**
     * Opens a stream for this person, first sending the changes after {@code lastEventId} they
     * missed (when given). A stream opened in a web-app session ({@code sessionId}, else null)
     * ends with it.
     */
    SseEmitter open(CurrentUser user, Long lastEventId, String sessionId) {
        synchronized (lock) {
            List<SseEmitter> own = streams.computeIfAbsent(user.id(), id -> new CopyOnWriteArrayList<>());
            if (own.size() >= settings.maxPerUser()) {
                throw new TooManyStreams(settings.maxPerUser());
            }
            SseEmitter emitter = new SseEmitter(settings.streamTimeout().toMillis());
            emitter.onCompletion(() -> close(user, emitter));
            emitter.onTimeout(() -> close(user, emitter));
            emitter.onError(failure -> close(user, emitter));
            own.add(emitter);
            owners.put(emitter, user);
            if (sessionId != null) {
                sessions.put(emitter, sessionId);
            }
            try {
                // the browser waits this long before it reconnects after the stream ends
                emitter.send(SseEmitter.event().reconnectTime(3000).comment("G-Flow inbox"));
                if (lastEventId != null) {
                    catchUp(emitter, user, lastEventId);
                }
            } catch (IOException e) {
                close(user, emitter);
            }
            return emitter;
        }
    }

    /** The changes this stream missed since {@code lastEventId}, up to the newest this node has sent. */
    private void catchUp(SseEmitter emitter, CurrentUser user, long lastEventId) throws IOException {
        long upTo = sentAbove.isEmpty() ? position : sentAbove.last();
        if (lastEventId >= upTo) {
            return;
        }
        Long oldest = log.oldest();
        if (oldest == null || oldest > lastEventId + 1) {
            // some of what it missed is no longer kept (or was a gap): it reloads all it shows
            emitter.send(SseEmitter.event().name(RESYNC).data("{}", MediaType.APPLICATION_JSON));
        }
        for (InboxChange change : log.between(lastEventId, upTo)) {
            send(emitter, user, change);
        }
    }

    /** Ends the streams opened in this session: its user signed out, or it expired. */
    void sessionEnded(String sessionId) {
        sessions.forEach((emitter, session) -> {
            if (session.equals(sessionId)) {
                close(owners.get(emitter), emitter);
                emitter.complete();
            }
        });
    }

    /** The web-app sessions this node's streams were opened in. */
    Set<String> openSessions() {
        return Set.copyOf(sessions.values());
    }

    private void close(CurrentUser user, SseEmitter emitter) {
        sessions.remove(emitter);
        owners.remove(emitter);
        List<SseEmitter> own = user == null ? null : streams.get(user.id());
        if (own != null) {
            own.remove(emitter);
        }
    }

    /** Streams open on this node (the {@code gflow.inbox.streams} gauge). */
    int openStreams() {
        return owners.size();
    }

    void poll() {
        try {
            synchronized (lock) {
                for (InboxChange change : log.after(position, BATCH)) {
                    if (sentAbove.add(change.id())) {
                        owners.forEach((emitter, user) -> deliver(emitter, user, change));
                    }
                }
                advance(clock.instant());
            }
            prune();
        } catch (RuntimeException e) {
            // the database was away for a moment: the next poll reads the same changes again
            LOG.warn("Could not read the inbox's change log: {}", e.getMessage());
        }
    }

    /** Moves {@link #position} over the changes sent without a gap, and past a gap that waited too long. */
    private void advance(Instant now) {
        while (!sentAbove.isEmpty() && sentAbove.first() == position + 1) {
            position = sentAbove.pollFirst();
        }
        if (sentAbove.isEmpty()) {
            gapSeen = null;
        } else if (gapSeen == null) {
            gapSeen = now;
        } else if (gapSeen.plus(settings.gapWait()).isBefore(now)) {
            position = sentAbove.first() - 1; // the missing ids rolled back
            gapSeen = null;
            advance(now);
        }
    }

    private void prune() {
        Instant now = clock.instant();
        if (lastPrune.plusSeconds(60).isBefore(now)) {
            lastPrune = now;
            log.prune(now.minus(settings.retention()));
        }
    }

    void heartbeat() {
        owners.forEach((emitter, user) -> {
            try {
                emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                close(user, emitter);
            }
        });
    }

    private void deliver(SseEmitter emitter, CurrentUser user, InboxChange change) {
        try {
            send(emitter, user, change);
        } catch (IOException | IllegalStateException e) {
            close(user, emitter); // the browser went away
        }
    }

    private static void send(SseEmitter emitter, CurrentUser user, InboxChange change) throws IOException {
        String event = change.eventFor(user);
        if (event != null) {
            emitter.send(SseEmitter.event()
                    .id(Long.toString(change.id()))
                    .name(event)
                    .data(change.data(), MediaType.APPLICATION_JSON));
        }
    }

    @Override
    public void start() {
        synchronized (lock) {
            position = log.newest();
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread feed = new Thread(runnable, "gflow-inbox-events");
            feed.setDaemon(true);
            return feed;
        });
        long poll = settings.poll().toMillis();
        thread.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
        long heartbeat = settings.heartbeat().toMillis();
        thread.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
        owners.keySet().forEach(SseEmitter::complete);
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
