package org.gflow.engine.documents.layout;

/**
 * A titled part of a document below its body: conditions, attachments, a sign-off trail, a
 * complaint's summary.
 *
 * @param variable the case variable holding the content
 * @param heading the section's heading
 * @param required whether the document must not be issued without it
 * @param style how the content is presented
 */
public record LayoutSection(String variable, LocalizedText heading, boolean required, SectionStyle style) {}
