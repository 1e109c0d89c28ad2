package org.gflow.engine.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The signed-in user lives in the HTTP session only for the browser app, which gets its
 * session at the explicit sign-in. A request that carries an {@code Authorization} header
 * (an API client with HTTP Basic) is judged by that header alone: its context is neither
 * read from a session — a wrong password can never fall back on a session cookie sent
 * alongside — nor stored in one, so API traffic creates no sessions.
 */
final class BrowserSessionContextRepository implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    BrowserSessionContextRepository() {
        sessions.setDisableUrlRewriting(true);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (carriesCredentials(request)) {
            return new NoContext(SecurityContextHolder.createEmptyContext());
        }
        return sessions.loadDeferredContext(request);
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (!carriesCredentials(request)) {
            sessions.saveContext(context, request, response);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return !carriesCredentials(request) && sessions.containsContext(request);
    }

    /** Nothing loaded: the request's own credentials decide. */
    private record NoContext(SecurityContext get) implements DeferredSecurityContext {

        @Override
        public boolean isGenerated() {
            return true;
        }
    }

    static boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
    }
}
