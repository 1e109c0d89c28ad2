package org.gflow.engine.eoffice;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.gflow.engine.notify.Notifier;
import org.gflow.engine.notify.Recipient;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.springframework.stereotype.Component;

/**
 * Built-in {@code eoffice.distribute}: delivers a signed letter to each of its
 * {@code recipients} — directory groups (an office) or people — in their inbox. A recipient
 * the directory does not know fails the step with its name, so nothing is sent to nobody.
 */
@Component
class LetterDistribution implements Integration {

    private final IdentityService identityService;
    private final Notifier notifier;

    LetterDistribution(IdentityService identityService, Notifier notifier) {
        this.identityService = identityService;
        this.notifier = notifier;
    }

    @Override
    public String topic() {
        return "eoffice.distribute";
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) {
        List<String> ids = call.variable("recipients").filter(List.class::isInstance)
            .map(list -> ((List<?>) list).stream().map(Object::toString).toList()).orElse(List.of());
        List<Recipient> recipients = ids.stream().map(this::recipient).toList();
        notifier.send("letter.distributed", recipients, call);
        return IntegrationResult.of(Map.of("distributedAt", new Date(), "distributedTo", ids));
    }

    private Recipient recipient(String id) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return Notifier.inbox("group", id);
        }
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return Notifier.inbox("user", id);
        }
        throw new IllegalArgumentException("recipient '" + id + "' is neither a group nor a person in the directory");
    }
}
