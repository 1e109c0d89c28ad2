package org.gflow.engine.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
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
 * (answered with 503), not a failed login.
 */
@Component
class DirectoryAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Wrong user name or password";

    private final IdentityService identityService;

    DirectoryAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        boolean valid;
        try {
            valid = identityService.checkPassword(userId, credentials.toString());
        } catch (RuntimeException e) {
            if (DirectoryFailures.isDirectoryDown(e)) {
                throw new AuthenticationServiceException(DirectoryFailures.MESSAGE, e);
            }
            throw e;
        }
        if (!valid) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        // Groups are not frozen into the session: CamundaAuthenticationFilter reads them
        // on every request, so a member removed from a group loses access within the cache TTL.
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
