package org.gflow.engine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationsTest {

    @Test
    void aGroupBelongsToTheOrganisationItsIdStartsWith() {
        assertThat(Organisations.ofGroup("bokeo-hotline-verifiers")).isEqualTo("bokeo");
        assertThat(Organisations.ofGroup("moic-licence-reviewers")).isEqualTo("moic");
        assertThat(Organisations.ofGroup("camunda")).isNull();
        assertThat(Organisations.ofGroup("-odd")).isNull();
    }

    @Test
    void administratorsBelongToNoOrganisation() {
        assertThat(Organisations.ofGroups(
                        List.of("gflow-admins", "opm-hotline-triage", "opm-drafters", "mof-drafters"),
                        List.of("gflow-admins")))
                .containsExactly("mof", "opm");
    }

    @Test
    void supervisorsAreTheSupervisorGroupsOfTheirOwnOrganisation() {
        assertThat(Organisations.supervises("bokeo-hotline-supervisors", "bokeo"))
                .isTrue();
        assertThat(Organisations.supervises("bokeo-hotline-supervisors", "moic"))
                .isFalse();
        assertThat(Organisations.supervises("bokeo-hotline-verifiers", "bokeo")).isFalse();
        assertThat(Organisations.supervises("bokeox-hotline-supervisors", "bokeo"))
                .isFalse();
    }
}
