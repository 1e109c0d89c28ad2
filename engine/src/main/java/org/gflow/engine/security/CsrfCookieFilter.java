package org.gflow.engine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the deferred CSRF token on every browser request so its cookie reaches the web app.
 * API clients that send HTTP Basic need none, and are spared the work.
 */
final class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String authorization = request.getHeader("Authorization");
        boolean apiClient = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (token != null && !apiClient) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
