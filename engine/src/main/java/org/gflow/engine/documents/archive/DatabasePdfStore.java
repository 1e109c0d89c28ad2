package org.gflow.engine.documents.archive;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keeps PDFs in the table {@code gflow_document_content}: one backup covers everything. */
public final class DatabasePdfStore implements PdfStore {

    private final JdbcTemplate jdbc;

    public DatabasePdfStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(ArchivedDocument document, byte[] pdf) {
        jdbc.update("insert into gflow_document_content (document_id, pdf) values (?, ?)", document.id(), pdf);
    }

    @Override
    public Optional<byte[]> get(ArchivedDocument document) {
        return jdbc
                .query(
                        "select pdf from gflow_document_content where document_id = ?",
                        (row, index) -> row.getBytes(1),
                        document.id())
                .stream()
                .findFirst();
    }
}
