package org.gflow.engine.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The signed-in user lives in the HTTP session only for the browser app, which gets its
 * session at the explicit sign-in. A request that carries an {@code Authorization} header
 * (an API client with HTTP Basic) is judged by that header alone: its context is neither
 * read from a session — a wrong password can never fall back on a session cookie sent
 * alongside — nor stored in one, so API traffic creates no sessions.
 *
 * <p>The session keeps the signed-in user's id and nothing else: everything a request needs
 * besides (the user's groups) comes from the directory's cache on every request. Kept as
 * Spring Security's serialized context instead, reading it back cost a browser's request about a
 * twelfth of its time (Java deserialization of the context's classes), and an engine node of
 * another Spring Security version could not read it.
 */
final class BrowserSessionContextRepository implements SecurityContextRepository {

    /** The session attribute holding the signed-in user's id. */
    static final String SIGNED_IN_USER = "gflow.signed-in-user";

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (carriesCredentials(request)) {
            return new Loaded(SecurityContextHolder.createEmptyContext(), true);
        }
        return new FromSession(request);
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (carriesCredentials(request)) {
            return;
        }
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || trust.isAnonymous(authentication)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(SIGNED_IN_USER);
            }
            return;
        }
        request.getSession(true).setAttribute(SIGNED_IN_USER, authentication.getName());
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return !carriesCredentials(request) && signedInUser(request) != null;
    }

    static boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
    }

    private static String signedInUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SIGNED_IN_USER);
    }

    /** A context already decided; {@code generated}: nothing was found, it is empty. */
    private record Loaded(SecurityContext get, boolean isGenerated) implements DeferredSecurityContext {}

    /** The session's user as a context, read when first asked for. */
    private static final class FromSession implements DeferredSecurityContext {
        private final HttpServletRequest request;
        private Loaded loaded;

        FromSession(HttpServletRequest request) {
            this.request = request;
        }

        @Override
        public SecurityContext get() {
            return load().get();
        }

        @Override
        public boolean isGenerated() {
            return load().isGenerated();
        }

        private Loaded load() {
            if (loaded == null) {
                String user = signedInUser(request);
                loaded = user == null
                        ? new Loaded(SecurityContextHolder.createEmptyContext(), true)
                        : new Loaded(new SecurityContextImpl(DirectoryAuthenticationProvider.signedIn(user)), false);
            }
            return loaded;
        }
    }
}
