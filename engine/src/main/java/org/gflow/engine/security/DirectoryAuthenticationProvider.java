package org.gflow.engine.security;

import java.util.List;
import java.util.function.Supplier;
import org.gflow.ldap.identity.DirectoryIdentities;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks a civil servant's credentials by a bind against the directory — directly, not as an
 * engine command, so a sign-in never waits for a database connection (a recent success is
 * remembered briefly, see {@code gflow.ldap.password-cache-ttl}). A wrong password, an unknown user and a locked account all fail the same
 * way, so a caller cannot tell which it was; an unreachable directory is a service failure
 * (answered with 503), not a failed login. Repeated failures are slowed down by the
 * {@link LoginThrottle}. The signed-in user is named by the directory's own spelling of the
 * id ({@code ADMIN} signs in as {@code admin}): Camunda's authorizations compare ids exactly.
 */
@Component
class DirectoryAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Wrong user name or password";

    private final DirectoryIdentities identities;
    private final LoginThrottle throttle;

    DirectoryAuthenticationProvider(DirectoryIdentities identities, LoginThrottle throttle) {
        this.identities = identities;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        String address = authentication.getDetails() instanceof LoginOrigin origin ? origin.clientAddress() : "";
        throttle.checkAllowed(userId, address);
        String canonicalId = directory(() -> identities.checkPassword(userId, credentials.toString())
                ? identities.canonicalUserId(userId).orElse(null)
                : null);
        if (canonicalId == null) {
            throttle.failed(userId, address);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        throttle.succeeded(userId);
        // Groups are not frozen into the session: CamundaAuthenticationFilter reads them
        // on every request, so a member removed from a group loses access within the cache TTL.
        return signedIn(canonicalId);
    }

    /** A directory user signed in: the id alone, as a sign-in gives it and a browser's session restores it. */
    static Authentication signedIn(String userId) {
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of());
    }

    private static <T> T directory(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (DirectoryFailures.isDirectoryDown(e)) {
                throw new AuthenticationServiceException(DirectoryFailures.MESSAGE, e);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
