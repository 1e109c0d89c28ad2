package org.gflow.engine.documents.layout;

import java.util.List;
import java.util.Optional;

/**
 * A validated layout: what a document of one kind (and optionally one permit type) shows, and
 * which case variables it needs. Read from a layout file by {@link LayoutParser}.
 *
 * @param kind the document kind
 * @param permitType the permit type this layout is specific to, or {@code null} for every case
 * @param issuer the issuing body, printed in the letterhead and shown by the verification page
 * @param title the document's title
 * @param holderVariable the variable naming whom the document is for (shown by the verification
 *     page), or {@code null} when that is not public, as for a citizen's complaint
 * @param fields the labelled values, in page order
 * @param body the running text, with {@code ${variable}} placeholders, or {@code null}
 * @param sections the titled parts below the body, in page order
 * @param signature the signature block, or {@code null}
 * @param footer the closing text, or {@code null}
 */
public record DocumentLayout(
        DocumentKind kind,
        String permitType,
        LocalizedText issuer,
        LocalizedText title,
        String holderVariable,
        List<LayoutField> fields,
        LocalizedText body,
        List<LayoutSection> sections,
        Signature signature,
        LocalizedText footer) {

    public DocumentLayout {
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
    }

    /** The layout file's name without {@code .json}: {@code certificate-business-licence}. */
    public String name() {
        return permitType == null ? kind.code() : kind.code() + "-" + permitType;
    }

    /**
     * The same layout for a draft that is still being signed: nothing is required, so a value
     * not yet known (the registry number, the sign-off trail) is simply left out.
     */
    public DocumentLayout asDraft() {
        return new DocumentLayout(
                kind,
                permitType,
                issuer,
                title,
                holderVariable,
                fields.stream()
                        .map(field -> new LayoutField(field.variable(), field.label(), false, field.format()))
                        .toList(),
                body,
                sections.stream()
                        .map(section ->
                                new LayoutSection(section.variable(), section.heading(), false, section.style()))
                        .toList(),
                signature == null ? null : signature.optional(),
                footer);
    }

    /** The variable of the signature block, if the layout has one. */
    public Optional<String> signatureVariable() {
        return Optional.ofNullable(signature).map(Signature::variable);
    }
}
