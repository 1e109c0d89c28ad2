package org.gflow.engine.documents;

import org.gflow.engine.documents.archive.ArchivedDocument;

/**
 * The outcome of {@link DocumentService#issue}.
 *
 * @param document the archived document
 * @param alreadyIssued whether the task had issued it before (a retry), so nothing new was made
 * @param elapsedNanos how long the call took, from layout lookup to archived PDF
 */
public record IssuedDocument(ArchivedDocument document, boolean alreadyIssued, long elapsedNanos) {}
