package org.gflow.engine.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * CSRF for the single-page inbox: the app reads the {@code XSRF-TOKEN} cookie and sends it
 * back in the {@code X-XSRF-TOKEN} header (raw); server-rendered forms, if any, use the
 * BREACH-safe masked token.
 */
final class BrowserCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        if (StringUtils.hasText(request.getHeader(token.getHeaderName()))) {
            return plain.resolveCsrfTokenValue(request, token);
        }
        return masked.resolveCsrfTokenValue(request, token);
    }
}
