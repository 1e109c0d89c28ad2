package org.gflow.engine.numbering;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.gflow.plugin.api.LaoTime;
import org.gflow.plugin.api.NumberSeries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's one source of gapless numbers: hotline tracking numbers, registry numbers of
 * letters, case references, receipts and document serials, each a series counted per year.
 *
 * <p>A number is taken in the caller's transaction (or in one of its own when there is none):
 * it updates the series' counter row, which locks the row until that transaction ends. So
 * concurrent issuers, on one node or several sharing the database, queue on the row and never
 * read the same value, and a caller that rolls back gives its number back — no gap, no
 * duplicate. A number is tied to the case (or task) it was issued for, so asking again — a
 * retried external task — returns the same number. The year is Lao time ({@link LaoTime}).
 * Thread-safe.
 */
@Component
public class NumberSeriesService implements NumberSeries {

    private static final String ISSUED =
            "select issue_year, seq_number from gflow_case_number where series = ? and case_key = ?";
    private static final String ISSUED_IN_YEAR = ISSUED + " and issue_year = ?";
    private static final String COUNTER_EXISTS =
            "select count(*) from gflow_number_counter where series = ? and issue_year = ?";
    private static final String NEW_COUNTER =
            "insert into gflow_number_counter (series, issue_year, last_number) values (?, ?, 0)";
    private static final String INCREMENT =
            "update gflow_number_counter set last_number = last_number + 1 where series = ? and issue_year = ?";
    private static final String DECREMENT =
            "update gflow_number_counter set last_number = last_number - 1 where series = ? and issue_year = ?";
    private static final String LAST =
            "select last_number from gflow_number_counter where series = ? and issue_year = ?";
    private static final String RECORD =
            "insert into gflow_case_number (series, issue_year, seq_number, case_key, issued_at)"
                    + " values (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate callersTransaction;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    @Autowired
    NumberSeriesService(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** @param clock the year of a number is read from it, in Lao time */
    public NumberSeriesService(DataSource dataSource, Clock clock) {
        // a transaction manager on the same data source joins the transaction the engine (or any
        // caller) has open on it, rather than beginning another
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        this.jdbc = new JdbcTemplate(dataSource);
        this.callersTransaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * The number of a case in a series: the one it already has (in whichever year it was
     * issued), or the next one of the current year in Laos.
     *
     * @param series lower case, e.g. {@code hotline}, {@code registry-moic}
     * @param caseKey what the number is issued for, usually the process instance id
     */
    public IssuedNumber issue(String series, String caseKey) {
        requireText(series, "series");
        requireText(caseKey, "caseKey");
        return inCallersTransaction(
                () -> first(ISSUED, series, caseKey).orElseGet(() -> take(series, LaoTime.year(clock), caseKey)));
    }

    @Override
    public long next(String series, int year, String caseKey) {
        requireText(series, "series");
        requireText(caseKey, "caseKey");
        return inCallersTransaction(
                        () -> first(ISSUED_IN_YEAR, series, caseKey, year).orElseGet(() -> take(series, year, caseKey)))
                .number();
    }

    private IssuedNumber take(String series, int year, String caseKey) {
        ensureCounter(series, year);
        jdbc.update(INCREMENT, series, year); // holds the series' row until the caller's transaction ends
        Optional<IssuedNumber> meanwhile = first(ISSUED_IN_YEAR, series, caseKey, year);
        if (meanwhile.isPresent()) {
            // a concurrent call for the same case committed while this one queued: keep its number
            jdbc.update(DECREMENT, series, year);
            return meanwhile.get();
        }
        long number = jdbc.queryForObject(LAST, Long.class, series, year);
        jdbc.update(RECORD, series, year, number, caseKey, Timestamp.from(clock.instant()));
        return new IssuedNumber(year, number);
    }

    /**
     * The first number of a series and year creates its counter row, at 0, in a transaction of
     * its own: a failed insert on PostgreSQL would otherwise spoil the caller's transaction, and
     * an empty counter issues nothing, so committing it early burns no number.
     */
    private void ensureCounter(String series, int year) {
        if (jdbc.queryForObject(COUNTER_EXISTS, Integer.class, series, year) > 0) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(NEW_COUNTER, series, year));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // another issuer created it first: fine
        }
    }

    private Optional<IssuedNumber> first(String sql, Object... arguments) {
        List<IssuedNumber> found = jdbc.query(
                sql, (row, index) -> new IssuedNumber(row.getInt("issue_year"), row.getLong("seq_number")), arguments);
        return found.stream().findFirst();
    }

    private IssuedNumber inCallersTransaction(Supplier<IssuedNumber> work) {
        return callersTransaction.execute(status -> work.get());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
