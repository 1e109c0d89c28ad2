package org.gflow.engine.hotline;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.gflow.engine.cases.CaseReceipts;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.errors.ConflictException;
import org.gflow.engine.security.CurrentUser;
import org.gflow.engine.security.EngineAsPublic;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/inbox/cases/{id}/tracking-code}: the operator who recorded a call gives the
 * caller an access code to read back, with the tracking number, so a caller who left no phone
 * or e-mail can follow the case on the public page too. The code is new each time and replaces
 * any code sent before (the caller is sent the new one as well, where they left a contact);
 * only the case's starter may ask, while the case is open.
 */
@RestController
class CallerCodeController {

    record CallerCode(String trackingNumber, String trackingCode) {}

    private final CaseReceipts receipts;
    private final RuntimeService runtimeService;
    private final ComplaintIntake intake;
    private final EngineAsPublic asPublic;

    CallerCodeController(
            CaseReceipts receipts, RuntimeService runtimeService, ComplaintIntake intake, EngineAsPublic asPublic) {
        this.receipts = receipts;
        this.runtimeService = runtimeService;
        this.intake = intake;
        this.asPublic = asPublic;
    }

    @PostMapping("/api/inbox/cases/{processInstanceId}/tracking-code")
    CallerCode issue(
            @PathVariable("processInstanceId") String processInstanceId,
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
        HistoricProcessInstance started = receipts.startedBy(processInstanceId, user.id());
        if (!"hotline-1516".equals(started.getProcessDefinitionKey()) || started.getEndTime() != null) {
            throw new BadRequestException("processInstanceId", "Only an open hotline complaint has an access code.");
        }
        return asPublic.call(() -> {
            Map<String, Object> variables = runtimeService.getVariables(processInstanceId);
            Object trackingNumber = variables.get("trackingNumber");
            if (trackingNumber == null) {
                // the registration step is moments behind the start: the caller may simply ask again
                throw new ConflictException(
                        ConflictException.CONCURRENT_CHANGE,
                        "The complaint has no tracking number yet; try again in a moment.");
            }
            String code = intake.issueCode(processInstanceId, trackingNumber.toString(), variables);
            return new CallerCode(trackingNumber.toString(), code);
        });
    }
}
