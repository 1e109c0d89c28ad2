package org.gflow.engine.hotline;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.gflow.engine.cases.RatingComments;
import org.gflow.engine.cases.TrackedCase;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.errors.ConflictException;
import org.gflow.engine.errors.Conflicts;
import org.gflow.engine.errors.ProblemException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a citizen may do once their complaint is answered, proving it is them with the number and
 * access code they got when filing: say it is not resolved — the case goes back along the model's
 * reopen path, to the responsible organisation's verifiers or, past the limit, to the Office — or
 * rate the answer. Both only while the case waits for them (the model's {@code awaitCitizen},
 * until its reopen window has passed). A rating stays on the case for its office (a comment in the
 * case's timeline) and the figures; it is never published.
 */
@Component
public class ComplaintFollowUp {

    /** The message the model's {@code citizenReopened} event waits for. */
    static final String REOPENED = "HotlineComplaintReopened";

    static final int MIN_REASON = 10;
    static final int MAX_REASON = 2000;
    static final int MAX_COMMENT = 1000;

    /** A citizen's "not resolved", with why. */
    public record Reopen(String code, String reason) {}

    /** A citizen's rating of the answer: 1 (poor) to 5 (very good), and what they add. */
    public record Rating(String code, Integer stars, String comment) {}

    private final HistoryService history;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    ComplaintFollowUp(HistoryService history, RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.history = history;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    /**
     * One reopen wins when several arrive at once; the others meet the case moved on — whatever
     * the engine's failure says of it (the subscription gone, a grant inserted twice, an execution
     * deleted under it) — and are told so.
     */
    public void reopen(String trackingNumber, Reopen request) {
        String reason = text("reason", request.reason(), MAX_REASON);
        if (reason == null || reason.length() < MIN_REASON) {
            throw new BadRequestException("reason", "Say in a few words what is still not resolved.");
        }
        String caseId = awaitingCitizen(trackingNumber, request.code());
        Object reopened = runtime.getVariable(caseId, "reopenCount");
        int count = (reopened instanceof Number number ? number.intValue() : 0) + 1;
        try {
            runtime.createMessageCorrelation(REOPENED)
                    .processInstanceId(caseId)
                    .setVariable("reopenReason", reason)
                    .setVariable("reopenCount", count)
                    .setVariable("answerPublished", false)
                    .setVariable("reopenedAt", ClockUtil.getCurrentTime())
                    .correlateWithResult();
        } catch (RuntimeException e) {
            // A request that read the case while another's reopen committed fails in whatever way
            // the engine meets the half-changed case (no subscription, a stale row, even a null
            // parent execution); a failure that leaves the case still waiting is a real one.
            if (e instanceof MismatchingMessageCorrelationException
                    || Conflicts.find(e).isPresent()
                    || !isAwaitingCitizen(caseId)) {
                throw notAwaiting();
            }
            throw e;
        }
    }

    @Transactional
    public void rate(String trackingNumber, Rating request) {
        Integer stars = request.stars();
        if (stars == null || stars < 1 || stars > 5) {
            throw new BadRequestException("stars", "Choose from 1 to 5 stars.");
        }
        String comment = text("comment", request.comment(), MAX_COMMENT);
        String caseId = awaitingCitizen(trackingNumber, request.code());
        Map<String, Object> rating = new HashMap<>();
        rating.put("citizenRating", stars);
        rating.put("citizenFeedback", comment);
        rating.put("ratedAt", ClockUtil.getCurrentTime());
        runtime.setVariables(caseId, rating);
        // the responsible office reads it in the case's timeline, between the steps
        tasks.createComment(null, caseId, RatingComments.write(stars, comment));
    }

    /** Until when the citizen may still reopen or rate this case; empty when they may not. */
    Optional<Instant> reopenableUntil(String caseId) {
        if (!isAwaitingCitizen(caseId)) {
            return Optional.empty();
        }
        return management.createJobQuery().processInstanceId(caseId).timers().list().stream()
                .map(Job::getDuedate)
                .min(Comparator.naturalOrder())
                .map(Date::toInstant);
    }

    private String awaitingCitizen(String trackingNumber, String code) {
        if (!TrackingNumbers.isWellFormed(trackingNumber)) {
            throw ProblemException.notFound();
        }
        TrackedCase complaint =
                TrackedCase.find(history, "hotline-1516", trackingNumber, code).orElseThrow(ProblemException::notFound);
        if (complaint.endedAt().isPresent()) {
            throw new ConflictException(
                    "reopen-window-closed",
                    "This complaint is closed: the time to reopen or rate its answer has passed. Please call 1516.");
        }
        if (!isAwaitingCitizen(complaint.id())) {
            throw notAwaiting();
        }
        return complaint.id();
    }

    private boolean isAwaitingCitizen(String caseId) {
        return runtime.createEventSubscriptionQuery()
                        .processInstanceId(caseId)
                        .eventName(REOPENED)
                        .count()
                > 0;
    }

    private static ConflictException notAwaiting() {
        return new ConflictException(
                "not-answered-yet",
                "This complaint is being handled and has no answer to reopen or rate yet. Follow it on this page.");
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BadRequestException(field, "At most " + max + " characters, please.");
        }
        return stripped;
    }
}
