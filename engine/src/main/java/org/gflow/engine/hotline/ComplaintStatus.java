package org.gflow.engine.hotline;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.gflow.engine.cases.AccessCodes;
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
            List<Step> timeline) {}

    /** One public step of a case and when it was reached: never who did it or what they noted. */
    @Schema(name = "ComplaintStep")
    public record Step(Stage stage, Instant at) {}

    private static final List<String> WITH_BODY =
            List.of("verifyComplaint", "writeExplanation", "investigateAndReport");

    private final HistoryService historyService;
    private final PublishedAnswers answers;

    ComplaintStatus(HistoryService historyService, PublishedAnswers answers) {
        this.historyService = historyService;
        this.answers = answers;
    }

    /**
     * @param code the access code the citizen got with the number; a wrong code and an unknown
     *             number look the same (empty)
     */
    public Optional<View> of(String trackingNumber, String code) {
        if (!TrackingNumbers.isWellFormed(trackingNumber)) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("hotline-1516")
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        if (instance == null || !AccessCodes.matches(text(instance, AccessCodes.VARIABLE), trackingNumber, code)) {
            return Optional.empty();
        }
        Optional<PublishedAnswers.Entry> published = answers.find(trackingNumber);
        return Optional.of(new View(
                trackingNumber,
                stage(instance, published.isPresent()),
                text(instance, "category"),
                text(instance, "responsibleOrg"),
                instance.getStartTime().toInstant(),
                published.map(PublishedAnswers.Entry::publishedAt).orElse(null),
                published.map(PublishedAnswers.Entry::answer).orElse(null),
                published.isPresent() ? text(instance, "documentCode") : null,
                timeline(instance, published)));
    }

    /** Each stage once, when it was first reached: the stages' own activities say when. */
    private List<Step> timeline(HistoricProcessInstance instance, Optional<PublishedAnswers.Entry> published) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Stage.RECEIVED, instance.getStartTime().toInstant()));
        List<HistoricActivityInstance> activities = historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list();
        firstStart(activities, WITH_BODY).ifPresent(at -> steps.add(new Step(Stage.WITH_RESPONSIBLE_BODY, at)));
        firstStart(activities, List.of("reviewReport")).ifPresent(at -> steps.add(new Step(Stage.UNDER_REVIEW, at)));
        published.ifPresent(answer -> steps.add(new Step(Stage.ANSWERED, answer.publishedAt())));
        if (instance.getEndTime() != null) {
            steps.add(new Step(Stage.CLOSED, instance.getEndTime().toInstant()));
        }
        return steps;
    }

    private static Optional<Instant> firstStart(List<HistoricActivityInstance> activities, List<String> ids) {
        return activities.stream()
                .filter(activity -> ids.contains(activity.getActivityId()))
                .map(activity -> activity.getStartTime().toInstant())
                .findFirst();
    }

    private Stage stage(HistoricProcessInstance instance, boolean published) {
        if (instance.getEndTime() != null) {
            return published ? Stage.ANSWERED : Stage.CLOSED;
        }
        if (published) {
            return Stage.ANSWERED;
        }
        List<String> open =
                historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .unfinished()
                        .list()
                        .stream()
                        .map(HistoricActivityInstance::getActivityId)
                        .toList();
        if (open.contains("reviewReport")) {
            return Stage.UNDER_REVIEW;
        }
        return open.stream().anyMatch(WITH_BODY::contains) ? Stage.WITH_RESPONSIBLE_BODY : Stage.RECEIVED;
    }

    private String text(HistoricProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(name)
                .singleResult();
        return variable == null || variable.getValue() == null
                ? null
                : variable.getValue().toString();
    }
}
