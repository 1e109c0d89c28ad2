package org.gflow.engine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the deferred CSRF token on every browser request so its cookie reaches the web app.
 * API clients that send HTTP Basic need none, and are spared the work. The token is loaded as
 * stored, not masked: masking draws random bytes, and nothing here reads the masked form.
 */
final class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DeferredCsrfToken token = (DeferredCsrfToken) request.getAttribute(DeferredCsrfToken.class.getName());
        if (token != null && !BrowserSessionContextRepository.carriesCredentials(request)) {
            token.get();
        }
        chain.doFilter(request, response);
    }
}
