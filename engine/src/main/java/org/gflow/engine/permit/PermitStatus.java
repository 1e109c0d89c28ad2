package org.gflow.engine.permit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.gflow.engine.cases.TrackedCase;
import org.springframework.stereotype.Component;

/**
 * What a permit applicant may learn about their application from its reference and access
 * code: where it stands, which ministry handles it, the decision and its reasons, and the
 * certificate once issued. Never the reviewers' names, their notes or the consultations.
 */
@Component
public class PermitStatus {

    /** The stages an applicant sees. */
    public enum Stage {
        RECEIVED,
        UNDER_REVIEW,
        PAYMENT_DUE,
        AWAITING_DECISION,
        GRANTED,
        REFUSED,
        CANCELLED
    }

    /**
     * @param certificateCode the verification code of the certificate once issued; its PDF is
     *                        downloadable from {@code /api/public/documents/{code}/pdf}
     * @param timeline the steps the application has reached, oldest first
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PermitStatus")
    public record View(
            String reference,
            Stage stage,
            String permitType,
            String ministry,
            Instant filedAt,
            String decisionReasons,
            String certificateCode,
            List<Step> timeline) {}

    /** One step of the application and when it was reached: never who did it or what they noted. */
    @Schema(name = "PermitStep")
    public record Step(Stage stage, Instant at) {}

    /** Each stage and the activity whose start (or, for a certificate, whose end) marks it. */
    private record Marker(Stage stage, String activityId, Function<HistoricActivityInstance, Date> when) {}

    private static final List<Marker> MARKERS = List.of(
            new Marker(Stage.UNDER_REVIEW, "technicalReview", HistoricActivityInstance::getStartTime),
            new Marker(Stage.PAYMENT_DUE, "requestPayment", HistoricActivityInstance::getStartTime),
            new Marker(Stage.AWAITING_DECISION, "decidePermit", HistoricActivityInstance::getStartTime),
            // granted when the certificate exists, not when the director said yes
            new Marker(Stage.GRANTED, "issueCertificate", HistoricActivityInstance::getEndTime),
            new Marker(Stage.REFUSED, "notifyRefused", HistoricActivityInstance::getStartTime),
            new Marker(Stage.CANCELLED, "notifyCancelled", HistoricActivityInstance::getStartTime));

    private final HistoryService historyService;

    PermitStatus(HistoryService historyService) {
        this.historyService = historyService;
    }

    /**
     * @param code the access code handed over with the reference; a wrong code and an unknown
     *             reference look the same (empty)
     */
    public Optional<View> of(String reference, String code) {
        if (!ApplicationReferences.isWellFormed(reference)) {
            return Optional.empty();
        }
        return TrackedCase.find(historyService, ApplicationReferences.PROCESS_KEY, reference, code)
                .map(application -> view(reference, application));
    }

    private View view(String reference, TrackedCase application) {
        List<Step> timeline = timeline(application);
        Stage stage = timeline.get(timeline.size() - 1).stage();
        boolean decided = stage == Stage.GRANTED || stage == Stage.REFUSED;
        return new View(
                reference,
                stage,
                application.text("permitType"),
                application.text("ministry"),
                application.filedAt(),
                decided ? application.text("decisionReasons") : null,
                stage == Stage.GRANTED ? application.text("documentCode") : null,
                timeline);
    }

    /** Each stage once, when it was first reached; the last is where the application stands. */
    private List<Step> timeline(TrackedCase application) {
        List<HistoricActivityInstance> activities = application.activities();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Stage.RECEIVED, application.filedAt()));
        for (Marker marker : MARKERS) {
            activities.stream()
                    .filter(activity -> activity.getActivityId().equals(marker.activityId()))
                    .map(marker.when())
                    .filter(Objects::nonNull)
                    .findFirst()
                    .ifPresent(at -> steps.add(new Step(marker.stage(), at.toInstant())));
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }
}
