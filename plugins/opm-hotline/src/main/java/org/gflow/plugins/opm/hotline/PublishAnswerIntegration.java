package org.gflow.plugins.opm.hotline;

import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.gflow.plugin.api.hotline.PublicAnswerBoard;
import org.gflow.plugin.api.hotline.PublishedAnswer;
import org.gflow.plugin.api.text.PersonalData;

/**
 * Topic {@code opm.hotline-publish-answer}: publishes the answer to a hotline complaint on the
 * public answers page, under its tracking number, after removing personal data ({@link PersonalData}:
 * phone numbers, e-mail addresses, identity numbers and the complainant's name) from the complaint's
 * summary and from the answer.
 * Publishing again replaces the earlier answer, so a retried task is harmless.
 */
public final class PublishAnswerIntegration implements Integration {

    /** The topic served. */
    public static final String TOPIC = "opm.hotline-publish-answer";
    /** Longest summary shown on the public page; the full complaint stays in the case. */
    static final int SUMMARY_LIMIT = 600;

    private final Supplier<PublicAnswerBoard> board;

    /** @param board gives the engine's public answers board, or throws when it is absent */
    public PublishAnswerIntegration(Supplier<PublicAnswerBoard> board) {
        this.board = board;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) {
        String name = (String) call.variable("citizenName").orElse(null);
        String summary = shorten(PersonalData.redact(call.requireText("complaintText"), name));
        String answer = PersonalData.redact(call.requireText("answerText"), name);
        PublishedAnswer published = new PublishedAnswer(
                call.requireText("trackingNumber"),
                call.variable("category").map(Object::toString).orElse("other"),
                summary,
                answer,
                call.requireText("responsibleOrg"),
                Boolean.TRUE.equals(call.variables().get("complaintTrue")));
        board.get().publish(published);
        return IntegrationResult.of(
                Map.of("answerPublished", true, "answerPublishedAt", new Date(), "publishedSummary", summary));
    }

    private static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= SUMMARY_LIMIT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUMMARY_LIMIT)) + "…";
    }
}
