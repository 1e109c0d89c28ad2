package org.gflow.engine.cases;

import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.gflow.engine.conflicts.RetriedOnConflict;

/**
 * Keeps the hash of a case's new access code, replacing any code before. Issued right after
 * filing, it often meets the case's own next step (registration, a notification) changing the case
 * at the same moment; running it again then is right, since a newer code replaces the older one.
 */
final class ReplaceAccessCodeCmd extends SetExecutionVariablesCmd implements RetriedOnConflict {

    ReplaceAccessCodeCmd(String caseId, String reference, String code) {
        super(caseId, Map.of(AccessCodes.VARIABLE, AccessCodes.hash(reference, code)), false);
    }
}
