package org.gflow.engine.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.gflow.engine.errors.Problems;
import org.gflow.engine.identity.DisplayName;
import org.gflow.ldap.identity.DirectoryIdentities;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in, sign-out and "who am I" for the browser app. */
@RestController
@RequestMapping("/api/auth")
class SessionController {

    record Credentials(@NotBlank String username, @NotBlank String password) {}

    record SessionView(boolean authenticated, String id, String name, List<String> groups, boolean admin) {
        static SessionView anonymous() {
            return new SessionView(false, null, null, List.of(), false);
        }
    }

    private final AuthenticationManager authenticationManager;
    private final BrowserSessionContextRepository sessions;
    private final DirectoryIdentities identities;

    private final ClientAddress clientAddress;

    SessionController(
            AuthenticationManager authenticationManager,
            BrowserSessionContextRepository sessions,
            DirectoryIdentities identities,
            ClientAddress clientAddress) {
        this.authenticationManager = authenticationManager;
        this.sessions = sessions;
        this.identities = identities;
        this.clientAddress = clientAddress;
    }

    @PostMapping("/login")
    SessionView login(
            @Valid @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password());
        attempt.setDetails(new LoginOrigin(clientAddress.of(request)));
        Authentication authentication = authenticationManager.authenticate(attempt);
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate(); // a new session id on every login: no session fixation
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        // from the directory cache, not an engine command: a sign-in needs no database connection
        List<String> groups = identities.groupIdsOf(authentication.getName());
        return view(new CurrentUser(authentication.getName(), groups));
    }

    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottledException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-logins", LoginThrottledException.MESSAGE));
    }

    @PostMapping("/logout")
    ResponseEntity<Map<String, Boolean>> logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.ok(Map.of("authenticated", false));
    }

    @GetMapping("/session")
    SessionView session(@RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user) {
        return user == null ? SessionView.anonymous() : view(user);
    }

    private SessionView view(CurrentUser user) {
        User person = identities.user(user.id()).orElse(null);
        String name = person == null ? user.id() : DisplayName.of(person);
        return new SessionView(true, user.id(), name, user.groupIds(), user.isAdmin());
    }
}
