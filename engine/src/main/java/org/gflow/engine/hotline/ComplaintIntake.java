package org.gflow.engine.hotline;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gflow.engine.cases.AccessCodes;
import org.gflow.engine.cases.BusinessKeys;
import org.gflow.engine.notify.Languages;
import org.gflow.engine.notify.Notifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a citizen's complaint from the public page: starts a {@code hotline-1516} case with
 * channel {@code web} and gives it its tracking number at once, in the same transaction, so
 * the citizen leaves with a number and no case is half started.
 */
@Component
public class ComplaintIntake {

    /** What the citizen leaves with: the tracking number and the access code that goes with it. */
    public record Filed(String trackingNumber, String trackingCode) {}

    /**
     * What a citizen may supply; nothing else from the public reaches the case.
     *
     * @param citizenLanguage the language of the page the citizen filed on ({@code lo} or
     *     {@code en}): the case's messages to them are written in it; Lao when absent
     * @param citizenSmsOptOut true when the citizen wants no SMS (they may still give a phone to be called)
     */
    public record Complaint(
            String complaintText,
            String category,
            String province,
            String citizenName,
            String citizenPhone,
            String citizenEmail,
            String citizenLanguage,
            Boolean citizenSmsOptOut) {}

    private final ProcessEngine processEngine;
    private final RuntimeService runtimeService;
    private final TrackingNumbers trackingNumbers;
    private final BusinessKeys businessKeys;
    private final Notifier notifier;

    ComplaintIntake(
            ProcessEngine processEngine,
            TrackingNumbers trackingNumbers,
            BusinessKeys businessKeys,
            Notifier notifier) {
        this.processEngine = processEngine;
        this.runtimeService = processEngine.getRuntimeService();
        this.trackingNumbers = trackingNumbers;
        this.businessKeys = businessKeys;
        this.notifier = notifier;
    }

    /** Files the complaint and tells the citizen its number and code (also by SMS or e-mail when given). */
    @Transactional
    public Filed file(Complaint complaint) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("channel", "web");
        putIfPresent(variables, "complaintText", complaint.complaintText());
        putIfPresent(variables, "category", complaint.category());
        putIfPresent(variables, "province", complaint.province());
        putIfPresent(variables, "citizenName", complaint.citizenName());
        putIfPresent(variables, "citizenPhone", complaint.citizenPhone());
        putIfPresent(variables, "citizenEmail", complaint.citizenEmail());
        variables.put("citizenLanguage", Languages.of(complaint.citizenLanguage()));
        if (Boolean.TRUE.equals(complaint.citizenSmsOptOut())) {
            variables.put("citizenSmsOptOut", true);
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("hotline-1516", variables);
        String trackingNumber = trackingNumbers.assign(instance.getId());
        businessKeys.set(instance.getId(), trackingNumber);
        runtimeService.setVariable(instance.getId(), "trackingNumber", trackingNumber);
        String code = issueCode(instance.getId(), trackingNumber, variables);
        return new Filed(trackingNumber, code);
    }

    /**
     * Gives a case its access code: keeps the hash, tells the citizen the code. The code itself
     * is stored nowhere else. Used for web complaints and phone calls alike.
     */
    String issueCode(String processInstanceId, String trackingNumber, Map<String, Object> caseVariables) {
        String code = AccessCodes.issue();
        AccessCodes.store(processEngine, processInstanceId, trackingNumber, code);
        Map<String, Object> values = new HashMap<>(caseVariables);
        values.put("trackingNumber", trackingNumber);
        values.put("trackingCode", code);
        notifier.sendToPerson("hotline.filed", "citizen", processInstanceId, trackingNumber, values);
        return code;
    }

    private static void putIfPresent(Map<String, Object> variables, String name, String value) {
        if (value != null && !value.isBlank()) {
            variables.put(name, value.strip());
        }
    }
}
