package org.gflow.engine.mycases;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the cases that began before "My cases" was kept (a database from an older G-Flow): each
 * case's summary from its history, who started it and who held or completed its tasks. Runs at
 * start-up, a batch per transaction; running it again changes nothing, as only cases without a
 * summary are taken. It also forgets the answers of cases that ended while an older G-Flow kept
 * them ({@link CaseRecords#forgetAnswersOfEndedCases}).
 */
@Component
class CaseParticipantBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(CaseParticipantBackfill.class);

    private final JdbcTemplate jdbc;
    private final CaseRecords records;
    private final TransactionTemplate transactions;

    CaseParticipantBackfill(JdbcTemplate jdbc, CaseRecords records, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.records = records;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordEarlierCases() {
        int recorded = 0;
        while (true) {
            Integer batch = transactions.execute(status -> recordBatch());
            if (batch == null || batch == 0) {
                break;
            }
            recorded += batch;
        }
        if (recorded > 0) {
            LOG.info("Recorded {} earlier cases for 'My cases'", recorded);
        }
        records.forgetAnswersOfEndedCases();
    }

    private int recordBatch() {
        List<String> caseIds = jdbc.queryForList(
                "select h.ID_ from ACT_HI_PROCINST h where not exists "
                        + "(select 1 from gflow_case_summary s where s.case_id = h.ID_) fetch first "
                        + CaseRecords.BATCH + " rows only",
                String.class);
        if (caseIds.isEmpty()) {
            return 0;
        }
        records.refresh(caseIds, null);
        for (String caseId : caseIds) {
            jdbc.queryForList(
                            "select START_USER_ID_ from ACT_HI_PROCINST where ID_ = ? and START_USER_ID_ is not null",
                            String.class,
                            caseId)
                    .forEach(userId -> records.mark(caseId, userId, Participation.STARTED));
            jdbc.queryForList(
                            "select distinct ASSIGNEE_ from ACT_HI_TASKINST where PROC_INST_ID_ = ? "
                                    + "and ASSIGNEE_ is not null",
                            String.class,
                            caseId)
                    .forEach(userId -> records.mark(caseId, userId, Participation.WORKED));
        }
        return caseIds.size();
    }
}
