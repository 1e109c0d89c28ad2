package org.gflow.plugins.moic.licence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnterpriseNumberTest {

    @Test
    void readsTheUsualWritingsIntoOneCanonicalForm() {
        assertThat(EnterpriseNumber.parse("01-0001024")).hasValue(new EnterpriseNumber(1, 1024));
        assertThat(EnterpriseNumber.parse(" 010001024 ")).hasValue(new EnterpriseNumber(1, 1024));
        assertThat(EnterpriseNumber.parse("18 0000302").map(EnterpriseNumber::toString))
                .hasValue("18-0000302");
    }

    @Test
    void refusesWhatIsNotAnEnterpriseNumber() {
        assertThat(EnterpriseNumber.parse("00-0001024")).as("no province 00").isEmpty();
        assertThat(EnterpriseNumber.parse("19-0001024")).as("18 provinces").isEmpty();
        assertThat(EnterpriseNumber.parse("01-001024")).as("serial too short").isEmpty();
        assertThat(EnterpriseNumber.parse("ABC")).isEmpty();
        assertThat(EnterpriseNumber.parse(null)).isEmpty();
    }
}
