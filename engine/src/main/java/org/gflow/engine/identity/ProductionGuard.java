package org.gflow.engine.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In the {@code production} profile, refuses to run when a demo account still answers to the
 * demo password in the configured directory. (The embedded directory itself is refused
 * earlier, by {@link DirectoryConfiguration}.)
 */
@Component
class ProductionGuard {

    private final boolean production;
    private final IdentityService identityService;

    ProductionGuard(@Value("${gflow.production:false}") boolean production, IdentityService identityService) {
        this.production = production;
        this.identityService = identityService;
    }

    @EventListener(ApplicationStartedEvent.class)
    void refuseDemoIdentities() {
        if (!production) {
            return;
        }
        List<String> answering = DemoAccounts.userIds().stream()
                .filter(userId -> identityService.checkPassword(userId, DemoAccounts.PASSWORD))
                .toList();
        if (!answering.isEmpty()) {
            throw new IllegalStateException(
                    "The production profile refuses demo accounts; these still accept the demo password: " + answering);
        }
    }
}
