package org.gflow.engine.documents.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.gflow.engine.documents.layout.DocumentKind;

/**
 * Serials per document kind and year, e.g. {@code C-2026-000042}: unique across threads and
 * engine nodes. Each serial is taken in its own short transaction: the update of the kind's
 * counter row locks the row until commit, so concurrent issuers queue on it instead of reading
 * the same value. The first serial of a year inserts the row; if two issuers race to insert it,
 * the primary key refuses one, which then retries with the update.
 */
public final class SerialNumbers {

    private static final String INCREMENT =
            "update gflow_document_serial set last_number = last_number + 1 where kind = ? and issue_year = ?";
    private static final String READ = "select last_number from gflow_document_serial where kind = ? and issue_year = ?";
    private static final String FIRST = "insert into gflow_document_serial (kind, issue_year, last_number) values (?, ?, 1)";
    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;

    public SerialNumbers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The next serial of a kind in a year. */
    public String next(DocumentKind kind, int year) {
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return format(kind, year, take(kind, year));
            } catch (SQLException conflict) {
                if (!isConstraintViolation(conflict)) {
                    throw new IllegalStateException("cannot take a serial for " + kind.code() + " " + year, conflict);
                }
                last = conflict;
            }
        }
        throw new IllegalStateException("cannot take a serial for " + kind.code() + " " + year + " after "
                + ATTEMPTS + " attempts", last);
    }

    /** The human form: kind letter, year, number padded to six digits. */
    static String format(DocumentKind kind, int year, long number) {
        return String.format("%s-%d-%06d", kind.serialPrefix(), year, number);
    }

    private long take(DocumentKind kind, int year) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                long number = increment(connection, kind, year);
                connection.commit();
                return number;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static long increment(Connection connection, DocumentKind kind, int year) throws SQLException {
        if (execute(connection, INCREMENT, kind, year) == 0) {
            execute(connection, FIRST, kind, year);
            return 1;
        }
        try (PreparedStatement read = prepare(connection, READ, kind, year); ResultSet row = read.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static int execute(Connection connection, String sql, DocumentKind kind, int year) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, kind, year)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, DocumentKind kind, int year)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, kind.code());
        statement.setInt(2, year);
        return statement;
    }

    /** SQL state class 23: integrity constraint violation (here: the year's row already exists). */
    private static boolean isConstraintViolation(SQLException failure) {
        return failure.getSQLState() != null && failure.getSQLState().startsWith("23");
    }
}
