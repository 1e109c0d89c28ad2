package org.gflow.engine.documents.archive;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The archive of issued documents: each PDF stored once with its facts, found by its render
 * task, its verification code, its id or its case. Thread-safe.
 */
public final class DocumentArchive {

    private static final String COLUMNS = "id, task_id, kind, serial, code, process_instance_id, business_key,"
            + " holder_name, issuing_body, issued_at, valid_until, sha256, size_bytes, revoked_at, revocation_reason";
    private static final RowMapper<ArchivedDocument> ROW = DocumentArchive::read;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PdfStore store;

    public DocumentArchive(JdbcTemplate jdbc, TransactionTemplate transactions, PdfStore store) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.store = store;
    }

    /**
     * Stores a new document and its PDF together. When its render task already stored one (two
     * attempts of a retried task raced), nothing is stored and the first one is returned.
     */
    public ArchivedDocument store(ArchivedDocument document, byte[] pdf) {
        try {
            return transactions.execute(status -> {
                insert(document);
                store.put(document, pdf);
                return document;
            });
        } catch (DuplicateKeyException raced) {
            return byTask(document.taskId()).orElseThrow(() -> raced);
        }
    }

    private void insert(ArchivedDocument document) {
        jdbc.update(
                "insert into gflow_document (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                document.id(),
                document.taskId(),
                document.kind(),
                document.serial(),
                document.code(),
                document.processInstanceId(),
                document.businessKey(),
                document.holderName(),
                document.issuingBody(),
                Timestamp.from(document.issuedAt()),
                document.validUntil() == null ? null : Date.valueOf(document.validUntil()),
                document.sha256(),
                document.sizeBytes(),
                null,
                null);
    }

    /** The document a render task issued, if any: a retried task must not issue twice. */
    public Optional<ArchivedDocument> byTask(String taskId) {
        return one("task_id", taskId);
    }

    /** The document with a verification code (as returned by {@link VerificationCodes#lookupKey}). */
    public Optional<ArchivedDocument> byCode(String code) {
        return one("code", code);
    }

    public Optional<ArchivedDocument> byId(String id) {
        return one("id", id);
    }

    /** A case's documents, oldest first. */
    public List<ArchivedDocument> byCase(String processInstanceId) {
        return jdbc.query(
                "select " + COLUMNS + " from gflow_document where process_instance_id = ? order by issued_at, serial",
                ROW,
                processInstanceId);
    }

    /** The PDF of a document. */
    public byte[] pdf(ArchivedDocument document) {
        return store.get(document)
                .orElseThrow(() -> new IllegalStateException(
                        "the PDF of document " + document.serial() + " is missing from the store"));
    }

    /**
     * Revokes a document. Revoking is final: a revoked document stays revoked with its first reason.
     *
     * @return whether the document was valid until now
     */
    public boolean revoke(String id, String reason, Instant at) {
        return jdbc.update(
                        "update gflow_document set revoked_at = ?, revocation_reason = ? where id = ? and revoked_at is null",
                        Timestamp.from(at),
                        reason,
                        id)
                == 1;
    }

    private Optional<ArchivedDocument> one(String column, String value) {
        return jdbc.query("select " + COLUMNS + " from gflow_document where " + column + " = ?", ROW, value).stream()
                .findFirst();
    }

    private static ArchivedDocument read(ResultSet row, int index) throws SQLException {
        Date validUntil = row.getDate("valid_until");
        Timestamp revokedAt = row.getTimestamp("revoked_at");
        return new ArchivedDocument(
                row.getString("id"),
                row.getString("task_id"),
                row.getString("kind"),
                row.getString("serial"),
                row.getString("code"),
                row.getString("process_instance_id"),
                row.getString("business_key"),
                row.getString("holder_name"),
                row.getString("issuing_body"),
                row.getTimestamp("issued_at").toInstant(),
                validUntil == null ? null : validUntil.toLocalDate(),
                row.getString("sha256"),
                row.getInt("size_bytes"),
                revokedAt == null ? null : revokedAt.toInstant(),
                row.getString("revocation_reason"));
    }
}
