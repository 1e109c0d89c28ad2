package org.gflow.engine.bell;

import java.util.Locale;
import org.gflow.engine.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's bell under {@code /api/inbox/bell}; see the package documentation. */
@RestController
@RequestMapping("/api/inbox/bell")
class BellController {

    private static final String USER = CurrentUser.REQUEST_ATTRIBUTE;

    private final BellNotices notices;

    BellController(BellNotices notices) {
        this.notices = notices;
    }

    @GetMapping
    BellPage latestNotices(
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "10") int size,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            @RequestAttribute(USER) CurrentUser user) {
        boolean english =
                language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en");
        return notices.page(user, page, size, english);
    }

    @GetMapping("/unread")
    BellUnread unreadNotices(@RequestAttribute(USER) CurrentUser user) {
        return notices.unread(user);
    }

    @PostMapping("/{noticeId}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@PathVariable("noticeId") long noticeId, @RequestAttribute(USER) CurrentUser user) {
        notices.markRead(user, noticeId);
    }

    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markAllRead(@RequestAttribute(USER) CurrentUser user) {
        notices.markAllRead(user);
    }
}
