package org.gflow.engine.permit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.gflow.engine.cases.AccessCodes;
import org.gflow.engine.cases.CaseReceipts;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.security.CurrentUser;
import org.gflow.engine.security.EngineAsPublic;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/inbox/cases/{id}/applicant-code}: the front-office clerk who filed a permit
 * application gives the applicant an access code with the application reference, printed on
 * the receipt, so the applicant can follow the case on the public page. The code is new each
 * time and replaces the one before; only the case's starter may ask, while the case is open.
 * The case keeps only the code's hash.
 */
@RestController
class ApplicantCodeController {

    /** The same shape as a caller's code, so the receipt shows both alike. */
    record ApplicantCode(String trackingNumber, String trackingCode) {}

    private final CaseReceipts receipts;
    private final ProcessEngine processEngine;
    private final EngineAsPublic asPublic;

    ApplicantCodeController(CaseReceipts receipts, ProcessEngine processEngine, EngineAsPublic asPublic) {
        this.receipts = receipts;
        this.processEngine = processEngine;
        this.asPublic = asPublic;
    }

    @PostMapping("/api/inbox/cases/{processInstanceId}/applicant-code")
    ApplicantCode issue(
            @PathVariable("processInstanceId") String processInstanceId,
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
        HistoricProcessInstance started = receipts.startedBy(processInstanceId, user.id());
        String reference = started.getBusinessKey();
        if (!ApplicationReferences.PROCESS_KEY.equals(started.getProcessDefinitionKey())
                || started.getEndTime() != null
                || !ApplicationReferences.isWellFormed(reference)) {
            throw new BadRequestException("processInstanceId", "Only an open permit application has an access code.");
        }
        String code = AccessCodes.issue();
        asPublic.call(() -> {
            AccessCodes.store(processEngine, processInstanceId, reference, code);
            return null;
        });
        return new ApplicantCode(reference, code);
    }
}
