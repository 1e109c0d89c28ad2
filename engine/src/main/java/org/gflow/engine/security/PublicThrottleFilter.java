package org.gflow.engine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.gflow.engine.errors.JsonErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits what one client address may do on the public pages, where nobody signs in: look up
 * tracking numbers and application references and check documents ({@code gflow.security.public-lookups-per-address}),
 * and file complaints ({@code gflow.hotline.public-submissions-per-hour}; the phone line stays
 * open to everyone). Over the limit the answer is 429 with {@code Retry-After}.
 */
@Component
class PublicThrottleFilter extends OncePerRequestFilter {

    private static final String COMPLAINTS = "/api/public/hotline/complaints";
    private static final String DOCUMENTS = "/api/public/documents/";
    private static final String PERMITS = "/api/public/permits/";

    private final Throttle lookups;
    private final Throttle submissions;
    private final ClientAddress clientAddress;
    private final JsonErrors errors;

    PublicThrottleFilter(
            SecuritySettings settings,
            ClientAddress clientAddress,
            JsonErrors errors,
            @Value("${gflow.hotline.public-submissions-per-hour:20}") int submissionsPerHour) {
        this.lookups = new Throttle(settings.publicLookupsPerAddress());
        this.submissions = new Throttle(List.of(new Throttle.Limit(submissionsPerHour, Duration.ofHours(1))));
        this.clientAddress = clientAddress;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Duration> wait = Optional.empty();
        String message = null;
        if ("POST".equals(request.getMethod()) && path.equals(COMPLAINTS)) {
            wait = submissions.take(clientAddress.of(request));
            message = "Too many complaints from this address; please try again later or call 1516.";
        } else if (path.startsWith(COMPLAINTS + "/") || path.startsWith(DOCUMENTS) || path.startsWith(PERMITS)) {
            wait = lookups.take(clientAddress.of(request));
            message = "Too many lookups from this address; please try again later.";
        }
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
            errors.write(request, response, 429, "too-many-requests", message);
            return;
        }
        chain.doFilter(request, response);
    }
}
