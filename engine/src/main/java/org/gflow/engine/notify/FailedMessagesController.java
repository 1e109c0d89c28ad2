package org.gflow.engine.notify;

import org.gflow.engine.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The messages that failed for good across the cases a supervisor or the Office oversees, and
 * sending one again ({@link FailedMessages}). Anyone who oversees no organisation gets 403.
 */
@RestController
class FailedMessagesController {

    private static final String USER = CurrentUser.REQUEST_ATTRIBUTE;

    private final FailedMessages failed;

    FailedMessagesController(FailedMessages failed) {
        this.failed = failed;
    }

    /** Newest first; {@code after}: the {@code next} of the page before. */
    @GetMapping("/api/inbox/failed-messages")
    FailedMessages.Page page(
            @RequestParam(name = "after", required = false) String after,
            @RequestParam(name = "size", defaultValue = "20") int size,
            @RequestAttribute(USER) CurrentUser user) {
        return failed.page(user, after, size);
    }

    /** One more attempt for a failed message, now; 409 when it is not failed any more. */
    @PostMapping("/api/inbox/failed-messages/{id}/send-again")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void sendAgain(@PathVariable("id") String id, @RequestAttribute(USER) CurrentUser user) {
        failed.sendAgain(user, id);
    }
}
