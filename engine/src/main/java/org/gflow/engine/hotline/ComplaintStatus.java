package org.gflow.engine.hotline;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.gflow.engine.cases.TrackedCase;
import org.springframework.stereotype.Component;

/**
 * What a citizen may learn about their complaint from its tracking number and access code: where it stands,
 * which body handles it, and the published answer. Never the complainant's personal data,
 * the verifiers' names or internal comments.
 */
@Component
public class ComplaintStatus {

    /** The stages a citizen sees. */
    public enum Stage {
        RECEIVED,
        WITH_RESPONSIBLE_BODY,
        UNDER_REVIEW,
        ANSWERED,
        /** The citizen said the answer did not resolve it; the case is being handled again. */
        REOPENED,
        CLOSED
    }

    /**
     * What the track page shows of a complaint (named apart from a permit's status in the API's
     * description); a field not known yet is left out.
     *
     * @param answerDocumentCode the verification code of the official answer (a PDF the public
     *                           verification page confirms), once it is issued; the PDF is
     *                           downloadable from {@code /api/public/documents/{code}/pdf}
     * @param timeline the public steps the case has reached, oldest first
     * @param reopenableUntil while the answer may still be reopened or rated: until when
     * @param rating the citizen's own rating of the answer (1–5), once given
     * @param reopenCount how often the citizen has reopened the case
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ComplaintStatus")
    public record View(
            String trackingNumber,
            Stage stage,
            String category,
            String responsibleBody,
            Instant filedAt,
            Instant answeredAt,
            String answer,
            String answerDocumentCode,
            List<Step> timeline,
            Instant reopenableUntil,
            Integer rating,
            Integer reopenCount) {}

    /** One public step of a case and when it was reached: never who did it or what they noted. */
    @Schema(name = "ComplaintStep")
    public record Step(Stage stage, Instant at) {}

    private static final List<String> WITH_BODY =
            List.of("verifyComplaint", "writeExplanation", "investigateAndReport");

    private final HistoryService historyService;
    private final PublishedAnswers answers;
    private final ComplaintFollowUp followUp;

    ComplaintStatus(HistoryService historyService, PublishedAnswers answers, ComplaintFollowUp followUp) {
        this.historyService = historyService;
        this.answers = answers;
        this.followUp = followUp;
    }

    /**
     * @param code the access code the citizen got with the number; a wrong code and an unknown
     *             number look the same (empty)
     */
    public Optional<View> of(String trackingNumber, String code) {
        if (!TrackingNumbers.isWellFormed(trackingNumber)) {
            return Optional.empty();
        }
        return TrackedCase.find(historyService, "hotline-1516", trackingNumber, code)
                .map(complaint -> view(trackingNumber, complaint));
    }

    private View view(String trackingNumber, TrackedCase complaint) {
        Optional<PublishedAnswers.Entry> published = answers.find(trackingNumber);
        Optional<Instant> reopenableUntil = followUp.reopenableUntil(complaint.id());
        return new View(
                trackingNumber,
                stage(complaint, published.isPresent(), reopenableUntil.isPresent()),
                complaint.text("category"),
                complaint.text("responsibleOrg"),
                complaint.filedAt(),
                published.map(PublishedAnswers.Entry::publishedAt).orElse(null),
                published.map(PublishedAnswers.Entry::answer).orElse(null),
                published.isPresent() ? complaint.text("documentCode") : null,
                timeline(complaint, published),
                reopenableUntil.orElse(null),
                number(complaint.text("citizenRating")),
                reopens(complaint.text("reopenCount")));
    }

    private static Integer number(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    /** How often it was reopened; left out while never. */
    private static Integer reopens(String text) {
        Integer count = number(text);
        return count == null || count == 0 ? null : count;
    }

    /** Each stage once, when it was first reached: the stages' own activities say when. */
    private List<Step> timeline(TrackedCase complaint, Optional<PublishedAnswers.Entry> published) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Stage.RECEIVED, complaint.filedAt()));
        List<HistoricActivityInstance> activities = complaint.activities();
        firstStart(activities, WITH_BODY).ifPresent(at -> steps.add(new Step(Stage.WITH_RESPONSIBLE_BODY, at)));
        firstStart(activities, List.of("reviewReport")).ifPresent(at -> steps.add(new Step(Stage.UNDER_REVIEW, at)));
        published.ifPresent(answer -> steps.add(new Step(Stage.ANSWERED, answer.publishedAt())));
        firstStart(activities, List.of("citizenReopened")).ifPresent(at -> steps.add(new Step(Stage.REOPENED, at)));
        complaint.endedAt().ifPresent(at -> steps.add(new Step(Stage.CLOSED, at)));
        return steps;
    }

    private static Optional<Instant> firstStart(List<HistoricActivityInstance> activities, List<String> ids) {
        return activities.stream()
                .filter(activity -> ids.contains(activity.getActivityId()))
                .map(activity -> activity.getStartTime().toInstant())
                .findFirst();
    }

    /** Where the complaint stands: a reopened one is with the body again until its next answer. */
    private Stage stage(TrackedCase complaint, boolean published, boolean awaitingCitizen) {
        if (complaint.endedAt().isPresent()) {
            return published ? Stage.ANSWERED : Stage.CLOSED;
        }
        if (awaitingCitizen) {
            return Stage.ANSWERED;
        }
        List<String> open = complaint.openActivities();
        if (open.contains("reviewReport") || open.contains("reviewReopenedComplaint")) {
            return Stage.UNDER_REVIEW;
        }
        if (open.stream().anyMatch(WITH_BODY::contains)) {
            return Stage.WITH_RESPONSIBLE_BODY;
        }
        return published ? Stage.ANSWERED : Stage.RECEIVED;
    }
}
