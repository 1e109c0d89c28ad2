package org.gflow.engine.numbering;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import org.gflow.plugin.api.NumberSeries;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless numbers per series and year, each tied to the case it was issued for (see
 * {@link NumberSeries}). The next number is {@code max + 1}, inserted in a transaction of its
 * own; the table's primary key turns a concurrent claim of the same number into a conflict,
 * and the loser simply tries the next one. Because a number is committed together with the
 * case it belongs to, a failure after issuing it leaves no gap: the retry gets it back.
 * Works the same on one node or on several sharing one database.
 */
@Component
public class CaseNumbers implements NumberSeries {

    private static final int MAX_ATTEMPTS = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public long next(String series, int year, String caseKey) {
        requireText(series, "series");
        requireText(caseKey, "caseKey");
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Long issued = ownTransaction.execute(status -> {
                Long number = existingOrNew(series, year, caseKey);
                if (number == null) {
                    status.setRollbackOnly();
                }
                return number;
            });
            if (issued != null) {
                return issued;
            }
        }
        throw new IllegalStateException("Could not issue a number in series " + series
            + " after " + MAX_ATTEMPTS + " conflicting attempts");
    }

    private Long existingOrNew(String series, int year, String caseKey) {
        List<Long> existing = jdbc.queryForList(
            "select seq_number from gflow_case_number where series = ? and issue_year = ? and case_key = ?",
            Long.class, series, year, caseKey);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Long last = jdbc.queryForObject(
            "select max(seq_number) from gflow_case_number where series = ? and issue_year = ?",
            Long.class, series, year);
        long next = last == null ? 1 : last + 1;
        try {
            jdbc.update("insert into gflow_case_number (series, issue_year, seq_number, case_key, issued_at) "
                + "values (?, ?, ?, ?, ?)", series, year, next, caseKey, Timestamp.from(Instant.now()));
            return next;
        } catch (DataIntegrityViolationException conflict) {
            // Someone else took this number (or issued one for this case) meanwhile: look again.
            return null;
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
