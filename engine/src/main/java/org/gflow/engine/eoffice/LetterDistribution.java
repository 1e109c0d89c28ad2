package org.gflow.engine.eoffice;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.gflow.engine.documents.IssuingBodies;
import org.gflow.engine.documents.layout.LocalizedText;
import org.gflow.engine.notify.Notifier;
import org.gflow.engine.notify.Recipient;
import org.gflow.plugin.api.BusinessError;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.springframework.stereotype.Component;

/**
 * Built-in {@code eoffice.distribute}: sends a signed letter to each of its {@code recipients}.
 * An organisation (a ministry's code, such as {@code mof}) receives it as an incoming letter in
 * its registry office — the model offers one task per organisation in {@code recipientOffices}
 * to the group {@code <org>-registry}. Groups and people are told in their inbox, and the
 * letter's drafter on their bell.
 *
 * <p>A recipient nobody can receive — unknown, or an organisation without a registry office in
 * the directory — fails the step with the BPMN error {@value #FAILED} and the reason in
 * {@code distributionProblem}, so the sender's registry office gets a task to fix it instead of
 * an incident only an operator sees. Nothing is sent until every recipient is known.
 */
@Component
class LetterDistribution implements Integration {

    /** The BPMN error code the model catches on the distribution step. */
    static final String FAILED = "DISTRIBUTION_FAILED";

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
    public IntegrationResult execute(IntegrationCall call) throws BusinessError {
        List<String> ids = call.variable("recipients")
                .filter(List.class::isInstance)
                .map(list -> ((List<?>) list).stream().map(Object::toString).toList())
                .orElse(List.of());
        List<String> offices = new ArrayList<>();
        List<Recipient> told = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            if (IssuingBodies.named(id).isPresent()) {
                if (groupExists(id + "-registry")) {
                    offices.add(id);
                } else {
                    problems.add(title(id) + ": ບໍ່ມີຫ້ອງການຂາເຂົ້າ-ຂາອອກ / no registry office (" + id + "-registry)");
                }
            } else if (groupExists(id)) {
                told.add(Notifier.inbox("group", id));
            } else if (identityService.createUserQuery().userId(id).count() > 0) {
                told.add(Notifier.inbox("user", id));
            } else {
                problems.add("'" + id
                        + "': ບໍ່ມີໃນລະບົບລາຍຊື່ / neither an organisation, a group nor a person in the directory");
            }
        }
        if (!problems.isEmpty()) {
            String problem = String.join("\n", problems);
            throw new BusinessError(FAILED, problem, Map.of("distributionProblem", problem));
        }
        notifier.send("letter.distributed", told, call);
        // the drafter learns on their bell that their letter is signed and out
        call.variable("drafter")
                .map(Object::toString)
                .ifPresent(drafter -> notifier.ring("letter.signed", Notifier.inbox("user", drafter), call));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("distributedAt", new Date());
        result.put("distributedTo", ids);
        result.put("recipientOffices", offices);
        result.put("ministryName", call.variable("ministry").map(this::title).orElse(""));
        return IntegrationResult.of(result);
    }

    private boolean groupExists(String groupId) {
        return identityService.createGroupQuery().groupId(groupId).count() > 0;
    }

    private String title(Object code) {
        return IssuingBodies.named(code).map(LocalizedText::lo).orElse(code.toString());
    }
}
