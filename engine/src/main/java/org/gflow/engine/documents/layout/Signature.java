package org.gflow.engine.documents.layout;

/**
 * The signature block: who approved the document, their name and, below it, their title.
 *
 * @param variable the case variable naming the signatory (required unless a draft)
 * @param label what the signatory does here, e.g. "ຜູ້ອະນຸມັດ / Approved by"
 * @param titleVariable the case variable holding the signatory's titles as the directory gives
 *     them (Lao first), or {@code null}
 * @param required whether a document without the signatory is refused; a draft prints none
 */
public record Signature(String variable, LocalizedText label, String titleVariable, boolean required) {

    /** A required signature without titles. */
    public Signature(String variable, LocalizedText label) {
        this(variable, label, null, true);
    }

    /** The same block for a draft, which is not signed yet. */
    public Signature optional() {
        return new Signature(variable, label, titleVariable, false);
    }
}
