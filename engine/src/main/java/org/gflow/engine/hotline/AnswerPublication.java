package org.gflow.engine.hotline;

import java.time.Instant;
import java.util.Map;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.gflow.plugin.api.hotline.PublicAnswerBoard;
import org.gflow.plugin.api.hotline.PublishedAnswer;
import org.springframework.stereotype.Component;

/**
 * Built-in {@code opm.hotline-publish-answer}: puts the answer of a closed complaint on the
 * public answers page. The Prime Minister's Office's plugin serves this topic with its own
 * publication rules when it is installed.
 */
@Component
class AnswerPublication implements Integration {

    private final PublicAnswerBoard board;

    AnswerPublication(PublicAnswerBoard board) {
        this.board = board;
    }

    @Override
    public String topic() {
        return "opm.hotline-publish-answer";
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) {
        board.publish(new PublishedAnswer(
            call.requireText("trackingNumber"),
            call.variable("category").map(Object::toString).orElse(null),
            call.requireText("complaintText"),
            call.requireText("answerText"),
            call.requireText("responsibleOrg"),
            Boolean.TRUE.equals(call.variables().get("complaintTrue"))));
        return IntegrationResult.of(Map.of("answerPublishedAt", java.util.Date.from(Instant.now())));
    }
}
