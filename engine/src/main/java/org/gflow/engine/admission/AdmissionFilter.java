package org.gflow.engine.admission;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gflow.engine.errors.JsonErrors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control: at most {@code gflow.admission.max-concurrent} signed-in API requests are
 * worked on at once. One beyond the limit waits up to {@code queue-wait} for a place and is
 * otherwise answered at once with 503, {@code Retry-After} and the usual error body — the web
 * app then retries — instead of queueing for a database connection until it times out. Runs
 * after Spring Security (it needs to know who is signed in); health checks, public pages,
 * static files and the live inbox's long-lived event stream are never counted.
 */
@Component
class AdmissionFilter extends OncePerRequestFilter {

    static final String BUSY = "busy";

    /** The live inbox's event stream. */
    static final String LIVE_INBOX = "/api/inbox/events";

    private final AdmissionSettings settings;
    private final Semaphore places;
    private final JsonErrors errors;
    private final AdmissionMeters meters;

    AdmissionFilter(AdmissionSettings settings, JsonErrors errors, AdmissionMeters meters) {
        this.settings = settings;
        this.places = new Semaphore(settings.maxConcurrent(), true);
        this.errors = errors;
        this.meters = meters;
        meters.watch(places, settings.maxConcurrent());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest/");
        // the live inbox holds its connection open for as long as the page is: counting it would
        // fill the places with idle streams
        return !settings.enabled() || !api || path.startsWith("/api/public/") || path.equals(LIVE_INBOX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signedIn()) {
            chain.doFilter(request, response);
            return;
        }
        if (!admitted()) {
            meters.refused();
            response.setHeader(
                    "Retry-After",
                    Long.toString(Math.max(1, settings.retryAfter().toSeconds())));
            errors.write(
                    request,
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    BUSY,
                    "G-Flow is busy; please try again in a moment.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }

    private boolean admitted() {
        try {
            return places.tryAcquire(settings.queueWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
