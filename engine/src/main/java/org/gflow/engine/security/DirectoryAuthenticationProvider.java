package org.gflow.engine.security;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks a civil servant's credentials by a bind against the directory, through Camunda's
 * identity service. A wrong password, an unknown user and a locked account all fail the same
 * way, so a caller cannot tell which it was; an unreachable directory is a service failure
 * (answered with 503), not a failed login. Repeated failures are slowed down by the
 * {@link LoginThrottle}. The signed-in user is named by the directory's own spelling of the
 * id ({@code ADMIN} signs in as {@code admin}): Camunda's authorizations compare ids exactly.
 */
@Component
class DirectoryAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Wrong user name or password";

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    DirectoryAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
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
        String canonicalId = directory(() -> identityService.checkPassword(userId, credentials.toString())
            ? canonicalId(userId) : null);
        if (canonicalId == null) {
            throttle.failed(userId, address);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        throttle.succeeded(userId);
        // Groups are not frozen into the session: CamundaAuthenticationFilter reads them
        // on every request, so a member removed from a group loses access within the cache TTL.
        return UsernamePasswordAuthenticationToken.authenticated(canonicalId, null, List.of());
    }

    /** The id as the directory spells it; null if the entry vanished since the bind. */
    private String canonicalId(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? null : user.getId();
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
