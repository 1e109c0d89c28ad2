package org.gflow.engine.documents.render;

import java.time.LocalDate;
import java.util.List;
import org.gflow.engine.documents.layout.DocumentLayout;
import org.gflow.engine.documents.layout.LocalizedText;

/**
 * A layout filled with a case's values, checked and ready to print: every text resolved, every
 * value written as the page shows it.
 *
 * @param layout the layout it was filled from
 * @param issuer the issuing body
 * @param title the title
 * @param fields the labelled values, in page order
 * @param body the running text, or {@code null}
 * @param sections the sections that have content, in page order
 * @param signature the signature block, or {@code null}
 * @param footer the closing text, or {@code null}
 * @param holderName whom the document is for, as the verification page shows it, or {@code null}
 * @param validUntil the last day the document is valid, or {@code null} when it does not expire
 */
public record FilledDocument(
        DocumentLayout layout,
        LocalizedText issuer,
        LocalizedText title,
        List<Field> fields,
        LocalizedText body,
        List<Section> sections,
        SignatureBlock signature,
        LocalizedText footer,
        String holderName,
        LocalDate validUntil) {

    /** A labelled value. */
    public record Field(LocalizedText label, String value) {}

    /**
     * Who signed the document: what they do here, their name and their titles (Lao first).
     */
    public record SignatureBlock(LocalizedText label, String name, List<String> titles) {

        public SignatureBlock {
            titles = titles == null ? List.of() : List.copyOf(titles);
        }

        /** A signature without titles. */
        public SignatureBlock(LocalizedText label, String name) {
            this(label, name, List.of());
        }
    }

    /** A titled part below the body. */
    public sealed interface Section permits Paragraph, Items, Trail {
        /** The section's heading. */
        LocalizedText heading();
    }

    /** Running text. */
    public record Paragraph(LocalizedText heading, String text) implements Section {}

    /** Numbered items. */
    public record Items(LocalizedText heading, List<String> items) implements Section {}

    /** A sign-off trail, first level first. */
    public record Trail(LocalizedText heading, List<SignoffEntry> entries) implements Section {}

    /**
     * One decision of a sign-off chain.
     *
     * @param level the level in the chain, 1 first
     * @param approver who decided
     * @param decision the decision, in Lao and English
     * @param time when, as printed
     * @param comment the approver's comment, possibly empty
     */
    public record SignoffEntry(String level, String approver, LocalizedText decision, String time, String comment) {}
}
