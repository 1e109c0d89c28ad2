package org.gflow.engine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.gflow.engine.errors.JsonErrors;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit and Admin sign in through their own form under {@code /camunda}, which checks the
 * password through the engine, not through G-Flow's sign-in. The same {@link LoginThrottle} guards
 * it: an account or address that has used up its allowance anywhere is refused here too (429 with
 * {@code Retry-After}), and a wrong password here counts against both. A refusal for another
 * reason — the right password of someone who may not open that application (403), a missing CSRF
 * token — is not a wrong password and does not count.
 */
@Component
class CamundaWebappLoginThrottle extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;
    private final JsonErrors errors;

    CamundaWebappLoginThrottle(LoginThrottle throttle, ClientAddress clientAddress, JsonErrors errors) {
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !LOGIN.matcher(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                        .matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // read from a copy of the body: asking the container for the form's fields would consume it before Camunda
        LoginForm form = LoginForm.read(request);
        String account = form.username();
        String address = clientAddress.of(request);
        try {
            throttle.checkAllowed(account, address);
        } catch (LoginThrottledException e) {
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            errors.write(request, response, 429, "too-many-logins", LoginThrottledException.MESSAGE);
            return;
        }
        chain.doFilter(form.request(), response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(account, address);
        } else if (response.getStatus() == HttpServletResponse.SC_OK) {
            throttle.succeeded(account);
        }
    }
}
