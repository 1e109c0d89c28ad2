package org.gflow.engine.security;

import java.time.Duration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers that tell browsers how to treat G-Flow's pages: a strict
 * Content-Security-Policy for the web app (scripts only from G-Flow's own files, never inline),
 * no framing by other sites, no MIME sniffing, and — in {@code production} — HTTPS only.
 */
final class SecurityHeaders {

    /**
     * Styles may be inline: form-js adds {@code <style>} elements and bpmn-js styles diagram
     * elements while they render. Scripts may not: the built app has none inline.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    private static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    private SecurityHeaders() {}

    static void apply(HeadersConfigurer<HttpSecurity> headers, SecuritySettings settings) {
        headers.frameOptions(frame -> frame.sameOrigin())
                .contentTypeOptions(options -> {})
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // Cockpit and Admin under /camunda send a policy of their own; a second one would
                // narrow theirs.
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        notCamundaWebapps(), new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)));
        if (settings.hsts()) {
            // Behind a TLS-terminating proxy the engine itself sees plain HTTP, so the header is
            // sent on every answer rather than only on requests it sees as secure.
            headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(HSTS_MAX_AGE.toSeconds())
                    .includeSubDomains(true));
        }
    }

    private static RequestMatcher notCamundaWebapps() {
        return request -> !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    }
}
