package org.gflow.engine.documents.layout;

/**
 * One labelled value of a document, read from a case variable.
 *
 * @param variable the case variable holding the value
 * @param label what the page calls it
 * @param required whether the document must not be issued without it
 * @param format how the value is written
 */
public record LayoutField(String variable, LocalizedText label, boolean required, FieldFormat format) {}
