package org.gflow.engine.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads who signed a letter from its {@code signoffTrail}: the last approval is the signature. */
final class SignoffTrails {

    private SignoffTrails() {}

    /** The trail's last entry with the decision {@code approve}, if the value is a trail that has one. */
    static Optional<Map<?, ?>> lastApproval(Object trail) {
        if (!(trail instanceof List<?> entries)) {
            return Optional.empty();
        }
        Map<?, ?> last = null;
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> decision && "approve".equals(String.valueOf(decision.get("decision")))) {
                last = decision;
            }
        }
        return Optional.ofNullable(last);
    }
}
