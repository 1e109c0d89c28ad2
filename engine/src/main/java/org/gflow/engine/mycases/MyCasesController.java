package org.gflow.engine.mycases;

import java.util.Locale;
import org.gflow.engine.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's cases ({@code GET /api/inbox/my-cases}) and following a case
 * ({@code /api/cases/{id}/follow}), and a letter for its print view; see the package documentation.
 */
@RestController
class MyCasesController {

    private static final String USER = CurrentUser.REQUEST_ATTRIBUTE;

    private final MyCases myCases;
    private final CaseFollowing following;
    private final LetterSheets letters;

    MyCasesController(MyCases myCases, CaseFollowing following, LetterSheets letters) {
        this.myCases = myCases;
        this.following = following;
        this.letters = letters;
    }

    /** A letter's text and registration, for its print view; 404 for a case that is no letter or not the reader's to open. */
    @GetMapping("/api/cases/{processInstanceId}/letter")
    PrintedLetter letter(@PathVariable("processInstanceId") String processInstanceId) {
        return letters.letter(processInstanceId);
    }

    /**
     * The cases the reader started, worked on or follows, open and closed, newest activity first.
     * {@code q}: words or a number, all of which a case must hold; {@code state}: open, closed or all;
     * {@code after}: the {@code next} of the page before.
     */
    @GetMapping("/api/inbox/my-cases")
    MyCase.Page myCases(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "state", required = false) String state,
            @RequestParam(name = "after", required = false) String after,
            @RequestParam(name = "size", defaultValue = "20") int size,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            @RequestAttribute(USER) CurrentUser user) {
        boolean english =
                language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en");
        return myCases.page(user, q, state, after, size, english);
    }

    @GetMapping("/api/cases/{processInstanceId}/follow")
    MyCase.Following following(
            @PathVariable("processInstanceId") String processInstanceId, @RequestAttribute(USER) CurrentUser user) {
        return following.following(user, processInstanceId);
    }

    @PostMapping("/api/cases/{processInstanceId}/follow")
    MyCase.Following follow(
            @PathVariable("processInstanceId") String processInstanceId, @RequestAttribute(USER) CurrentUser user) {
        return following.follow(user, processInstanceId);
    }

    @DeleteMapping("/api/cases/{processInstanceId}/follow")
    MyCase.Following unfollow(
            @PathVariable("processInstanceId") String processInstanceId, @RequestAttribute(USER) CurrentUser user) {
        return following.unfollow(user, processInstanceId);
    }
}
