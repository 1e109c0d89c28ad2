package org.gflow.engine.dispatch;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes the dispatch workers: new external work was committed, a topic started being served, or a
 * failed task's back-off ran out. A wake-up that arrives while the workers are busy is kept, so
 * no work waits for the slow safety poll.
 */
public final class DispatchSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private long generation;

    /** Wakes every waiting worker, and makes the next wait of a busy one return at once. */
    public void wake() {
        lock.lock();
        try {
            generation++;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The current generation; pass it to {@link #awaitAfter} to miss no wake-up that comes in between. */
    public long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a wake-up newer than {@code seen}, or the timeout. */
    public void awaitAfter(long seen, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.lock();
        try {
            while (generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                woken.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }
}
