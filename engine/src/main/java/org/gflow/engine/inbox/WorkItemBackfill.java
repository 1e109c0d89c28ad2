package org.gflow.engine.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the work-item projection for the tasks that were open before it existed (a database
 * from an older G-Flow) or changed while it was not kept. Runs at start-up; running it again
 * changes nothing.
 */
@Component
class WorkItemBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(WorkItemBackfill.class);

    private final WorkItemProjection projection;
    private final TransactionTemplate transactions;

    WorkItemBackfill(WorkItemProjection projection, TransactionTemplate transactions) {
        this.projection = projection;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissingWorkItems() {
        Integer changed = transactions.execute(status -> projection.backfill());
        if (changed != null && changed > 0) {
            LOG.info("Brought {} work items of the inbox in line with the open tasks", changed);
        }
    }
}
