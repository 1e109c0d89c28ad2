package org.gflow.engine.inbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gflow.engine.errors.Problems;
import org.gflow.engine.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/inbox/events}: the signed-in person's live inbox, a {@code text/event-stream}
 * of {@code task-added}, {@code task-changed} and {@code task-removed} events for the tasks their
 * task list shows (the same rule), each with the change's id; a reconnect sending
 * {@code Last-Event-ID} is first sent what it missed, or {@code resync} when that is no longer kept.
 * A page that opens a new stream itself (after backing off) names that id as {@code lastEventId}:
 * a browser sends the header only on its own reconnects.
 */
@RestController
class InboxEventsController {

    private final InboxEventFeed feed;

    InboxEventsController(InboxEventFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/inbox/events")
    SseEmitter events(
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "lastEventId", required = false) String resumeFrom,
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        // a proxy that buffers answers would hold the events back until the stream ends
        response.setHeader("X-Accel-Buffering", "no");
        HttpSession session = request.getSession(false);
        return feed.open(
                user, parse(lastEventId != null ? lastEventId : resumeFrom), session == null ? null : session.getId());
    }

    @ExceptionHandler(InboxEventFeed.TooManyStreams.class)
    ResponseEntity<ProblemDetail> tooMany(InboxEventFeed.TooManyStreams e) {
        return Problems.answer(HttpStatus.TOO_MANY_REQUESTS, "too-many-streams", e.getMessage());
    }

    /** An id this engine never sent is no resume point: the stream starts from now. */
    private static Long parse(String lastEventId) {
        try {
            return lastEventId == null || lastEventId.isBlank() ? null : Long.valueOf(lastEventId.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
