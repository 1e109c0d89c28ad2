package org.gflow.engine.documents.archive;

import java.util.Optional;

/**
 * Where the archive keeps PDF bytes: in the database or in files, by
 * {@code gflow.documents.store=database|files}. A PDF is written once and never changed.
 */
public interface PdfStore {

    /** Keeps the PDF of a document; called in the transaction that inserts its row, after the insert. */
    void put(ArchivedDocument document, byte[] pdf);

    /** The PDF of a document, if it is there. */
    Optional<byte[]> get(ArchivedDocument document);
}
