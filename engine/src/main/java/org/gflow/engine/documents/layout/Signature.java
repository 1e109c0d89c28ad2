package org.gflow.engine.documents.layout;

/**
 * The signature block: who approved the document, above their title.
 *
 * @param variable the case variable naming the approving officer (always required)
 * @param label the officer's function, e.g. "ລັດຖະມົນຕີ / Minister"
 */
public record Signature(String variable, LocalizedText label) {
}
