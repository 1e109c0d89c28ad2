package org.gflow.engine.hotline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * What a citizen may learn about their complaint from its tracking number and access code: where it stands,
 * which body handles it, and the published answer. Never the complainant's personal data,
 * the verifiers' names or internal comments.
 */
@Component
public class ComplaintStatus {

    /** The stages a citizen sees. */
    public enum Stage { RECEIVED, WITH_RESPONSIBLE_BODY, UNDER_REVIEW, ANSWERED, CLOSED }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * @param answerDocumentCode the verification code of the official answer (a PDF the public
     *                           verification page confirms), once it is issued
     */
    public record View(String trackingNumber, Stage stage, String category, String responsibleBody,
                       Instant filedAt, Instant answeredAt, String answer, String answerDocumentCode) { }

    private static final List<String> WITH_BODY = List.of("verifyComplaint", "writeExplanation", "investigateAndReport");

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
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKey("hotline-1516").processInstanceBusinessKey(trackingNumber).singleResult();
        if (instance == null || !TrackingCodes.matches(text(instance, TrackingCodes.VARIABLE), trackingNumber, code)) {
            return Optional.empty();
        }
        Optional<PublishedAnswers.Entry> published = answers.find(trackingNumber);
        return Optional.of(new View(trackingNumber, stage(instance, published.isPresent()),
            text(instance, "category"), text(instance, "responsibleOrg"),
            instance.getStartTime().toInstant(),
            published.map(PublishedAnswers.Entry::publishedAt).orElse(null),
            published.map(PublishedAnswers.Entry::answer).orElse(null),
            published.isPresent() ? text(instance, "documentCode") : null));
    }

    private Stage stage(HistoricProcessInstance instance, boolean published) {
        if (instance.getEndTime() != null) {
            return published ? Stage.ANSWERED : Stage.CLOSED;
        }
        if (published) {
            return Stage.ANSWERED;
        }
        List<String> open = historyService.createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId()).unfinished().list().stream()
            .map(HistoricActivityInstance::getActivityId).toList();
        if (open.contains("reviewReport")) {
            return Stage.UNDER_REVIEW;
        }
        return open.stream().anyMatch(WITH_BODY::contains) ? Stage.WITH_RESPONSIBLE_BODY : Stage.RECEIVED;
    }

    private String text(HistoricProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null || variable.getValue() == null ? null : variable.getValue().toString();
    }
}
