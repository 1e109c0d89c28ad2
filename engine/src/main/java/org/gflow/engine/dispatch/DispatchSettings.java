package org.gflow.engine.dispatch;

import java.time.Duration;

/**
 * How the in-process dispatch runs.
 *
 * @param workers how many tasks run at once ({@code gflow.dispatch.workers})
 * @param callTimeout the time limit of one call ({@code gflow.dispatch.call-timeout})
 * @param retries attempts a failing task gets in all ({@code gflow.dispatch.retries})
 * @param safetyPoll how often idle workers look for work nobody told them about, e.g. created on
 *                   another engine node ({@code gflow.dispatch.safety-poll})
 * @param workerId the Camunda worker id of this node's locks
 * @param inlineWindow how long the transaction that reaches a task of a topic a plugin on this node serves
 *                     waits for the call's answer before handing the call over to an external task
 *                     ({@code gflow.dispatch.inline-window}); zero makes every call an external task
 *                     of the worker pool. See {@link DirectCallBehavior} for why it is short.
 */
public record DispatchSettings(
        int workers,
        Duration callTimeout,
        RetryPolicy retryPolicy,
        Duration safetyPoll,
        String workerId,
        Duration inlineWindow) {

    /** The default inline window: a quick in-process lookup fits, a call over the network hands over. */
    public static final Duration DEFAULT_INLINE_WINDOW = Duration.ofMillis(100);

    /** Room left after the time limit to report the outcome before the lock runs out. */
    static final Duration LOCK_MARGIN = Duration.ofSeconds(30);

    public DispatchSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("gflow.dispatch.workers must be at least 1, got " + workers);
        }
        if (inlineWindow.isNegative() || inlineWindow.compareTo(callTimeout) > 0) {
            throw new IllegalArgumentException(
                    "gflow.dispatch.inline-window must be between 0 and the call timeout, got " + inlineWindow);
        }
    }

    /** The pool's settings with calls in the transaction turned off: every call is an external task. */
    public static DispatchSettings poolOnly(
            int workers, Duration callTimeout, RetryPolicy retryPolicy, Duration safetyPoll, String workerId) {
        return new DispatchSettings(workers, callTimeout, retryPolicy, safetyPoll, workerId, Duration.ZERO);
    }

    /** The lock is longer than a call may take, so no other worker gets a task still being worked. */
    long lockMillis() {
        return callTimeout.plus(LOCK_MARGIN).toMillis();
    }
}
