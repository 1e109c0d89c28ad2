package org.gflow.engine.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.gflow.engine.testing.GFlowDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.threeten.extra.MutableClock;

/**
 * The outbox as a queue, in the table the engine's migrations create: two nodes claiming at once
 * never share a message, a lease keeps a message from others until it runs out, and only the
 * lease holder settles it. On H2 here; {@link OutboxQueuePostgresIT} runs the same on PostgreSQL.
 */
class OutboxQueueTest {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private JdbcTemplate jdbc;
    /** A channel of this test's own, so tests sharing one database never claim each other's rows. */
    private String channel;

    /** A database with the engine's migrations applied. */
    protected DataSource database() {
        return new DriverManagerDataSource(
                "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
    }

    @BeforeEach
    void migrate() {
        jdbc = new JdbcTemplate(GFlowDatabase.migrate(database()));
        channel = "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void twoNodesClaimingAtOnceNeverShareAMessage() throws Exception {
        List<String> recorded = record(12);
        MutableClock clock = soon();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<OutboxMessage>>> claims = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                claims.add(nodes.submit(() -> {
                    start.await();
                    return new OutboxQueue(jdbc, clock).claim(node, List.of(channel), 8, LEASE);
                }));
            }
            start.countDown();
            Set<String> a = ids(claims.get(0).get());
            Set<String> b = ids(claims.get(1).get());

            // the node that locked first has its full batch; the other gets what is left, maybe nothing
            assertThat(Collections.disjoint(a, b)).as("%s and %s", a, b).isTrue();
            assertThat(Math.max(a.size(), b.size())).isEqualTo(8);
            assertThat(a.size() + b.size()).isLessThanOrEqualTo(12);
            assertThat(recorded).containsAll(a).containsAll(b);
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aLeaseKeepsAMessageFromOthersUntilItRunsOut() {
        String id = record(1).get(0);
        MutableClock clock = soon();
        OutboxQueue queue = new OutboxQueue(jdbc, clock);

        // 1. A node claims the message and goes away.
        assertThat(ids(queue.claim("node-that-died", List.of(channel), 10, LEASE)))
                .containsExactly(id);
        // 2. While its lease holds, nobody else gets it.
        assertThat(queue.claim("survivor", List.of(channel), 10, LEASE)).isEmpty();
        // 3. Once it has run out, another node does; the dead node can no longer settle it.
        clock.add(LEASE.plusSeconds(1));
        List<OutboxMessage> taken = queue.claim("survivor", List.of(channel), 10, LEASE);
        assertThat(ids(taken)).containsExactly(id);
        assertThat(queue.markFailed(taken.get(0), "node-that-died", "late")).isFalse();
        queue.markSent(taken.get(0), "survivor");

        OutboxQueue.Delivery delivery = queue.delivery(id).orElseThrow();
        assertThat(delivery.status()).isEqualTo(OutboxQueue.SENT);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.sentAt()).isEqualTo(clock.instant());
        clock.add(Duration.ofDays(1));
        assertThat(queue.claim("survivor", List.of(channel), 10, LEASE)).isEmpty();
    }

    @Test
    void aMessageWaitsForItsNextAttemptAndOnlyItsChannelsAreClaimed() {
        String id = record(1).get(0);
        MutableClock clock = soon();
        OutboxQueue queue = new OutboxQueue(jdbc, clock);
        assertThat(queue.claim("node", List.of("elsewhere"), 10, LEASE)).isEmpty();

        OutboxMessage message = queue.claim("node", List.of(channel), 10, LEASE).get(0);
        queue.retryLater(message, "node", "refused", clock.instant().plus(Duration.ofMinutes(4)));
        clock.add(Duration.ofMinutes(3));
        assertThat(queue.claim("node", List.of(channel), 10, LEASE)).isEmpty();
        clock.add(Duration.ofMinutes(1));
        OutboxMessage again = queue.claim("node", List.of(channel), 10, LEASE).get(0);
        assertThat(again.id()).isEqualTo(id);
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(queue.delivery(id).orElseThrow().lastError()).isEqualTo("refused");
    }

    private List<String> record(int count) {
        Notifications outbox = new Notifications(jdbc);
        String caseKey = "case-" + UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            outbox.record(
                    caseKey + ":step-" + i, // the outbox keeps one per step and address: unique per test
                    null,
                    caseKey,
                    new Recipient("citizen", "person" + i + "@example.la", channel),
                    new NotificationTexts.Text("subject", "body", "<p>body</p>", Languages.LAO));
        }
        return new OutboxQueue(jdbc, soon())
                .ofCase(caseKey).stream().map(OutboxMessage::id).toList();
    }

    /** A clock just after the messages were recorded, so they are due. */
    private static MutableClock soon() {
        return MutableClock.of(Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private static Set<String> ids(List<OutboxMessage> messages) {
        return new HashSet<>(messages.stream().map(OutboxMessage::id).toList());
    }
}
