package org.gflow.engine.hotline;

import java.util.List;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.security.EngineAsPublic;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The hotline's public pages: file a complaint, follow it, read the published answers. No login. */
@RestController
@RequestMapping("/api/public/hotline")
class HotlinePublicController {

    record AnswersPage(long total, List<PublishedAnswers.Entry> answers) {}

    private static final int MAX_PAGE = 50;
    /** A search is a few words, not a document. */
    private static final int MAX_QUERY = 200;

    private final ComplaintIntake intake;
    private final ComplaintStatus status;
    private final PublishedAnswers answers;
    private final ComplaintFollowUp followUp;
    private final EngineAsPublic asPublic;

    HotlinePublicController(
            ComplaintIntake intake,
            ComplaintStatus status,
            PublishedAnswers answers,
            ComplaintFollowUp followUp,
            EngineAsPublic asPublic) {
        this.intake = intake;
        this.status = status;
        this.answers = answers;
        this.followUp = followUp;
        this.asPublic = asPublic;
    }

    /** How many complaints one address may file is limited by the security layer's public throttle. */
    @PostMapping("/complaints")
    ResponseEntity<ComplaintIntake.Filed> file(@RequestBody ComplaintIntake.Complaint complaint) {
        return ResponseEntity.status(HttpStatus.CREATED).body(asPublic.call(() -> intake.file(complaint)));
    }

    /** Needs the access code issued with the number: a wrong code is the same 404 as an unknown number. */
    @GetMapping("/complaints/{trackingNumber}")
    ComplaintStatus.View status(@PathVariable String trackingNumber, @RequestParam(required = false) String code) {
        return asPublic.call(() -> status.of(trackingNumber, code)).orElseThrow(ProblemException::notFound);
    }

    /**
     * "Not resolved": the answered complaint goes back to be handled again. Needs the access code;
     * 409 once the reopen window has passed or while the complaint has no answer yet.
     */
    @PostMapping("/complaints/{trackingNumber}/reopen")
    ComplaintStatus.View reopen(@PathVariable String trackingNumber, @RequestBody ComplaintFollowUp.Reopen reopen) {
        asPublic.call(() -> {
            followUp.reopen(trackingNumber, reopen);
            return null;
        });
        return status(trackingNumber, reopen.code());
    }

    /** The citizen's rating of the answer, until the reopen window has passed; a new rating replaces the last. */
    @PostMapping("/complaints/{trackingNumber}/rating")
    ComplaintStatus.View rate(@PathVariable String trackingNumber, @RequestBody ComplaintFollowUp.Rating rating) {
        asPublic.call(() -> {
            followUp.rate(trackingNumber, rating);
            return null;
        });
        return status(trackingNumber, rating.code());
    }

    /** A page of the published answers, newest first; {@code q} keeps those holding all its words. */
    @GetMapping("/answers")
    AnswersPage answers(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int first,
            @RequestParam(defaultValue = "20") int size) {
        int safeFirst = Math.max(0, first);
        int safeSize = Math.min(Math.max(1, size), MAX_PAGE);
        String query = q == null ? "" : q.substring(0, Math.min(q.length(), MAX_QUERY));
        return new AnswersPage(answers.count(query), answers.page(query, safeFirst, safeSize));
    }

    @GetMapping("/answers/{trackingNumber}")
    PublishedAnswers.Entry answer(@PathVariable String trackingNumber) {
        return answers.find(trackingNumber).orElseThrow(ProblemException::notFound);
    }
}
