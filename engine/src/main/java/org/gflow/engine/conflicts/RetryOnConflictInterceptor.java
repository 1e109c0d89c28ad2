package org.gflow.engine.conflicts;

import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a {@linkplain RetriedCommands covered command} again, a bounded number of times, when it
 * failed only because another transaction changed the case at the same moment — so the user whose
 * completion met a parallel join gets a plain success. Sits before the transaction: each attempt
 * is a transaction of its own. A command nested in another one, or inside a transaction someone
 * else opened, is never retried here: its outer transaction is already lost and must fail whole.
 */
final class RetryOnConflictInterceptor extends CommandInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryOnConflictInterceptor.class);
    private static final long BACK_OFF_MILLIS = 10;

    private final int attempts;

    /** @param attempts how often a command may run in all, at least 1 */
    RetryOnConflictInterceptor(int attempts) {
        this.attempts = Math.max(1, attempts);
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!RetriedCommands.covers(command)
                || Context.getCommandContext() != null
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return next.execute(command);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                if (attempt >= attempts || !RetriedCommands.worthRetrying(command, failure)) {
                    throw LostRaces.explain(command, failure, next);
                }
                LOG.debug(
                        "{} met a concurrent change (attempt {} of {}), running it again: {}",
                        command.getClass().getSimpleName(),
                        attempt,
                        attempts,
                        failure.toString());
                backOff(attempt);
            }
        }
    }

    /** A short random pause, so two commands that collided do not collide again in step. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, BACK_OFF_MILLIS * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a command", e);
        }
    }
}
