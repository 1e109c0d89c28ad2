package org.gflow.plugin.api.hotline;

import java.util.Objects;

/**
 * An answer to a citizen's complaint as the public answers page shows it.
 *
 * @param trackingNumber the case's tracking number, e.g. {@code 1516-2026-000042}
 * @param category the complaint's category, e.g. {@code roads}
 * @param summary what the complaint was about, free of personal data
 * @param answer the responsible body's answer
 * @param responsibleBody the org code of the body that answered, e.g. {@code bokeo}
 * @param substantiated whether the complaint was found to be true
 */
public record PublishedAnswer(
        String trackingNumber,
        String category,
        String summary,
        String answer,
        String responsibleBody,
        boolean substantiated) {

    public PublishedAnswer {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(responsibleBody, "responsibleBody");
    }
}
