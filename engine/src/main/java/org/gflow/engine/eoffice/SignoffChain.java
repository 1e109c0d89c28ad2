package org.gflow.engine.eoffice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.gflow.engine.absence.Absences;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Built-in {@code eoffice.signoff-chain}: who signs a letter off, level by level. An explicit
 * list of {@code approvers} given when the letter was started is kept (each must exist in the
 * directory); otherwise the chain follows the drafter's managers in the directory — division
 * head, department head, vice-minister — up to {@code gflow.eoffice.max-signoff-levels}. A manager
 * away on the day the chain is built is skipped for the one above them (the chain is chosen by
 * person here; an explicitly named approver who is away is instead replaced by their delegate
 * when the sign-off reaches them, see {@code org.gflow.engine.absence}).
 */
@Component
class SignoffChain implements Integration {

    private final Absences absences;
    private final IdentityService identityService;
    private final int maxLevels;

    SignoffChain(
            Absences absences,
            IdentityService identityService,
            @Value("${gflow.eoffice.max-signoff-levels:3}") int maxLevels) {
        this.absences = absences;
        this.identityService = identityService;
        this.maxLevels = maxLevels;
    }

    @Override
    public String topic() {
        return "eoffice.signoff-chain";
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) {
        List<String> approvers = call.variable("approvers")
                .filter(List.class::isInstance)
                .map(list -> ((List<?>) list).stream().map(Object::toString).toList())
                .filter(list -> !list.isEmpty())
                .map(this::checkedExplicitChain)
                .orElseGet(() -> managerChain(call.requireText("drafter")));
        return IntegrationResult.of(Map.of("approvers", approvers, "signoffLevels", approvers.size()));
    }

    private List<String> checkedExplicitChain(List<String> approvers) {
        for (String approver : approvers) {
            if (identityService.createUserQuery().userId(approver).count() == 0) {
                throw new IllegalArgumentException("approver '" + approver + "' is not in the directory");
            }
        }
        return approvers;
    }

    private List<String> managerChain(String drafter) {
        Set<String> chain = new LinkedHashSet<>();
        String current = drafter;
        for (int level = 0; level < maxLevels; level++) {
            Optional<String> manager = absences.presentManagerOf(current);
            if (manager.isEmpty() || manager.get().equals(drafter) || !chain.add(manager.get())) {
                break; // top of the organisation reached, or a loop in the directory
            }
            current = manager.get();
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException(
                    "drafter '" + drafter + "' has no manager in the directory who is not away; "
                            + "start the letter with an explicit list of approvers");
        }
        return new ArrayList<>(chain);
    }
}
