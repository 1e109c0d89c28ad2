package org.gflow.engine.cases;

import org.gflow.engine.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/inbox/cases/{id}/receipt}: the receipt the web app shows right after filing. */
@RestController
class CaseReceiptController {

    private final CaseReceipts receipts;

    CaseReceiptController(CaseReceipts receipts) {
        this.receipts = receipts;
    }

    @GetMapping("/api/inbox/cases/{processInstanceId}/receipt")
    CaseReceipts.Receipt receipt(
            @PathVariable("processInstanceId") String processInstanceId,
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
        return receipts.receipt(processInstanceId, user.id());
    }
}
