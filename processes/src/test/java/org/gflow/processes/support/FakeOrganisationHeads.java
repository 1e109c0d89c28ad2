package org.gflow.processes.support;

/**
 * The escalation ladder's {@code organisationHeads} in the process tests ({@code camunda.cfg.xml}):
 * the head of {@code moic} is {@value #MOIC_HEAD}; the directory names no head of any other.
 */
public class FakeOrganisationHeads {

    public static final String MOIC_HEAD = "keo.moic";

    public String headOf(String organisation) {
        return "moic".equals(organisation) ? MOIC_HEAD : null;
    }
}
