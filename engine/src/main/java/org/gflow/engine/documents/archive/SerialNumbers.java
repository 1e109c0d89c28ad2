package org.gflow.engine.documents.archive;

import org.gflow.engine.documents.layout.DocumentKind;
import org.gflow.engine.numbering.IssuedNumber;
import org.gflow.engine.numbering.NumberSeriesService;

/**
 * Serials per document kind and year, e.g. {@code C-2026-000042}: a series of the engine's
 * {@link NumberSeriesService} per kind, so unique across threads and engine nodes and without
 * gaps. A serial is tied to the render task it was taken for: a retried render gets it again.
 */
public final class SerialNumbers {

    private final NumberSeriesService numbers;

    public SerialNumbers(NumberSeriesService numbers) {
        this.numbers = numbers;
    }

    /** The serial of a render task: the next of its kind in a year, or the one the task already has. */
    public String next(DocumentKind kind, int year, String taskId) {
        return format(kind, year, numbers.next("document-" + kind.code(), year, taskId));
    }

    /** The human form: kind letter, year, number padded to six digits. */
    static String format(DocumentKind kind, int year, long number) {
        return new IssuedNumber(year, number).format(kind.serialPrefix(), 6);
    }
}
