package org.gflow.engine.hotline;

import java.util.Map;
import org.gflow.engine.cases.AccessCodes;
import org.gflow.engine.cases.BusinessKeys;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.springframework.stereotype.Component;

/**
 * Built-in {@code opm.hotline-register}: gives a new complaint its tracking number and makes
 * it the case's business key, so the inbox, Cockpit and the citizen all speak of one number.
 * A complaint filed on the public page already has its number and access code; it keeps them.
 * A recorded call gets its access code here. The complaint also gets its reopen window and
 * limit ({@link ReopenSettings}) now, so a later change of the settings does not move them.
 */
@Component
class HotlineRegistration implements Integration {

    private final TrackingNumbers trackingNumbers;
    private final BusinessKeys businessKeys;
    private final ComplaintIntake intake;
    private final ReopenSettings reopen;

    HotlineRegistration(
            TrackingNumbers trackingNumbers, BusinessKeys businessKeys, ComplaintIntake intake, ReopenSettings reopen) {
        this.trackingNumbers = trackingNumbers;
        this.businessKeys = businessKeys;
        this.intake = intake;
        this.reopen = reopen;
    }

    @Override
    public String topic() {
        return "opm.hotline-register";
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) {
        String trackingNumber = trackingNumbers.assign(call.processInstanceId());
        if (!trackingNumber.equals(call.businessKey())) {
            businessKeys.set(call.processInstanceId(), trackingNumber);
        }
        if (call.variable(AccessCodes.VARIABLE).isEmpty()) {
            // a recorded call: the caller gets the code by SMS or e-mail; one who left neither
            // follows the case on the phone line
            intake.issueCode(call.processInstanceId(), trackingNumber, call.variables());
        }
        return IntegrationResult.of(Map.of(
                "trackingNumber",
                trackingNumber,
                "reopenWindow",
                reopen.window(),
                "reopenLimit",
                reopen.limit(),
                "reopenCount",
                0));
    }
}
