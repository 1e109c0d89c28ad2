package org.gflow.engine.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls for the public pages as the public, not as whoever happens to be signed
 * in: the public endpoints decide themselves what a citizen may see, and a civil servant's
 * own authorizations must neither widen nor narrow that.
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
