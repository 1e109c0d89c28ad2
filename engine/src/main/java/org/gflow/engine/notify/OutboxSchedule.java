package org.gflow.engine.notify;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs this node's {@link OutboxSender} every {@code gflow.notify.poll} on a thread of its own,
 * from the moment the engine is ready: a slow mail server then delays only messages, never the
 * engine's other scheduled work. Off with {@code gflow.notify.enabled=false}.
 */
@Component
class OutboxSchedule implements ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxSender sender;
    private final NotifySettings settings;
    private ScheduledExecutorService thread;

    OutboxSchedule(
            JdbcTemplate jdbc,
            List<NotificationChannel> channels,
            DeliveryFailures failures,
            NotifySettings settings,
            MeterRegistry meters) {
        this.sender = new OutboxSender(
                new OutboxQueue(jdbc, Clock.systemUTC()), channels, failures, settings, Clock.systemUTC(), meters);
        this.settings = settings;
    }

    /** This node's sender. */
    OutboxSender sender() {
        return sender;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (!settings.enabled() || thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "gflow-outbox-sender");
            t.setDaemon(true);
            return t;
        });
        long poll = settings.poll().toMillis();
        thread.scheduleWithFixedDelay(this::sendDue, poll, poll, TimeUnit.MILLISECONDS);
    }

    private void sendDue() {
        try {
            // a full batch means more may be waiting: go on without waiting for the next poll
            while (sender.sendDue() >= settings.batch()) {
                log.debug("outbox: another batch");
            }
        } catch (RuntimeException e) {
            log.warn("Outbox sending failed; trying again at the next poll", e);
        }
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
