package org.gflow.engine.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the public, not as whoever happens to be signed in, for endpoints that
 * decide themselves what a caller may see: the public pages (a civil servant's own
 * authorizations must neither widen nor narrow what a citizen sees) and a filer's receipt
 * (checked against the case's starter, whatever grants the case holds by now).
 */
@Component
public class EngineAsPublic {

    private final IdentityService identityService;

    EngineAsPublic(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> work) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (previous != null) {
                identityService.setAuthentication(previous);
            }
        }
    }
}
