package org.gflow.engine.figures;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the figures' facts for complaints filed before the table existed (a database from an
 * older G-Flow). Runs at start-up; running it again changes nothing.
 */
@Component
class ComplaintFactBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintFactBackfill.class);

    private final ComplaintFacts facts;
    private final TransactionTemplate transactions;

    ComplaintFactBackfill(ComplaintFacts facts, TransactionTemplate transactions) {
        this.facts = facts;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissingFacts() {
        Integer filled = transactions.execute(status -> facts.backfill());
        if (filled != null && filled > 0) {
            LOG.info("Filled the hotline figures' facts of {} complaints from the history", filled);
        }
    }
}
