package org.gflow.engine.hotline;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gflow.engine.cases.BusinessKeys;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a citizen's complaint from the public page: starts a {@code hotline-1516} case with
 * channel {@code web} and gives it its tracking number at once, in the same transaction, so
 * the citizen leaves with a number and no case is half started.
 */
@Component
public class ComplaintIntake {

    /** What a citizen may supply; nothing else from the public reaches the case. */
    public record Complaint(String complaintText, String category, String province,
                            String citizenName, String citizenPhone, String citizenEmail) { }

    private final RuntimeService runtimeService;
    private final TrackingNumbers trackingNumbers;
    private final BusinessKeys businessKeys;

    ComplaintIntake(RuntimeService runtimeService, TrackingNumbers trackingNumbers, BusinessKeys businessKeys) {
        this.runtimeService = runtimeService;
        this.trackingNumbers = trackingNumbers;
        this.businessKeys = businessKeys;
    }

    /** @return the tracking number */
    @Transactional
    public String file(Complaint complaint) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("channel", "web");
        putIfPresent(variables, "complaintText", complaint.complaintText());
        putIfPresent(variables, "category", complaint.category());
        putIfPresent(variables, "province", complaint.province());
        putIfPresent(variables, "citizenName", complaint.citizenName());
        putIfPresent(variables, "citizenPhone", complaint.citizenPhone());
        putIfPresent(variables, "citizenEmail", complaint.citizenEmail());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("hotline-1516", variables);
        String trackingNumber = trackingNumbers.assign(instance.getId());
        businessKeys.set(instance.getId(), trackingNumber);
        runtimeService.setVariable(instance.getId(), "trackingNumber", trackingNumber);
        return trackingNumber;
    }

    private static void putIfPresent(Map<String, Object> variables, String name, String value) {
        if (value != null && !value.isBlank()) {
            variables.put(name, value.strip());
        }
    }
}
