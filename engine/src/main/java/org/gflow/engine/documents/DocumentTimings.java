package org.gflow.engine.documents;

import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals of the document step, so a benchmark can tell what share of a case's time the
 * documents take: read {@link #snapshot()} before and after a run and subtract.
 */
public final class DocumentTimings {

    private final LongAdder issued = new LongAdder();
    private final LongAdder nanos = new LongAdder();

    /**
     * @param count documents issued (retries that found their document are not counted)
     * @param totalNanos time spent issuing them
     */
    public record Snapshot(long count, long totalNanos) {

        /** What happened between an earlier snapshot and this one. */
        public Snapshot since(Snapshot earlier) {
            return new Snapshot(count - earlier.count, totalNanos - earlier.totalNanos);
        }
    }

    void record(long elapsedNanos) {
        issued.increment();
        nanos.add(elapsedNanos);
    }

    /** The totals so far. */
    public Snapshot snapshot() {
        return new Snapshot(issued.sum(), nanos.sum());
    }
}
