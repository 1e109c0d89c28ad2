package org.gflow.engine.cases;

import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gflow.engine.numbering.NumberSeriesService;
import org.springframework.stereotype.Component;

/**
 * Gives a case its reference when it starts without one, for models whose start event asks
 * for it with the property {@code gflow.case-reference} (the prefix), e.g. {@code APP} makes
 * {@code APP-2026-000042}. A permit started from the inbox thus gets the application
 * reference that its payment and documents messages are matched by. A reference the caller
 * gives is kept.
 */
@Component
class CaseReferencePlugin extends StartEventListenerPlugin {

    static final String PROPERTY = "gflow.case-reference";
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    private final NumberSeriesService numbers;

    CaseReferencePlugin(NumberSeriesService numbers) {
        this.numbers = numbers;
    }

    @Override
    protected ExecutionListener listenerFor(Element startEvent) {
        String prefix = prefixOf(startEvent);
        if (prefix == null) {
            return null;
        }
        return execution -> {
            if (execution.getProcessBusinessKey() == null) {
                execution.setProcessBusinessKey(reference(prefix, execution.getProcessInstanceId()));
            }
        };
    }

    private String reference(String prefix, String processInstanceId) {
        // taken in the start's own transaction: a start that fails gives its number back
        return numbers.issue("case-" + prefix.toLowerCase(Locale.ROOT), processInstanceId)
                .format(prefix, 6);
    }

    private static String prefixOf(Element startEvent) {
        Element property = ModelProperties.propertyOf(startEvent, PROPERTY);
        if (property == null) {
            return null;
        }
        String prefix = property.attribute("value");
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new org.camunda.bpm.engine.BpmnParseException(
                    PROPERTY + " must be 2 to 10 capital letters or digits, got '" + prefix + "'", property);
        }
        return prefix;
    }
}
