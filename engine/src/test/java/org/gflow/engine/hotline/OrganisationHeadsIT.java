package org.gflow.engine.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The escalation ladder's second step goes to the top of the supervisors' line of managers, in the directory. */
class OrganisationHeadsIT extends EngineIT {

    @Autowired
    private OrganisationHeads heads;

    @Test
    void theHeadIsTheTopOfTheSupervisorsLineWithinTheOrganisation() {
        // pany.moic (hotline supervisor) → keo.moic (department head) → noy.moic (vice-minister)
        assertThat(heads.headOf("moic")).isEqualTo("noy.moic");
        // a supervisor with no manager is the top of their own line
        assertThat(heads.headOf("bokeo")).isEqualTo("sengphet.bokeo");
        assertThat(heads.headOf("no-such-organisation")).isNull();
    }
}
