package org.gflow.engine.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaoPhoneNumbersTest {

    @Test
    void aNumberAsPeopleInLaosWriteItBecomesE164() {
        assertThat(LaoPhoneNumbers.e164("020 9999 8888")).contains("+8562099998888");
        assertThat(LaoPhoneNumbers.e164("020-5512-3456")).contains("+8562055123456");
        assertThat(LaoPhoneNumbers.e164("+856 20 99998888")).contains("+8562099998888");
        assertThat(LaoPhoneNumbers.e164("00856 20 9999 8888")).contains("+8562099998888");
    }

    @Test
    void whatIsNoNumberIsRefused() {
        assertThat(LaoPhoneNumbers.e164("12")).isEmpty();
        assertThat(LaoPhoneNumbers.e164("call me")).isEmpty();
        assertThat(LaoPhoneNumbers.e164(" ")).isEmpty();
        assertThat(LaoPhoneNumbers.e164(null)).isEmpty();
    }
}
