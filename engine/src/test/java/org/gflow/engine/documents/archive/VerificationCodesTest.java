package org.gflow.engine.documents.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.gflow.engine.documents.layout.DocumentKind;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    private final VerificationCodes codes = new VerificationCodes();

    @Test
    void codesAreSixteenBase32CharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 10_000).mapToObj(i -> codes.generate()).forEach(code -> {
            assertThat(code).matches("[A-Z2-7]{16}");
            assertThat(seen.add(code)).isTrue();
        });
    }

    @Test
    void aWellFormedCodeIsLookedUpAsTypedInUpperCase() {
        String code = codes.generate();

        assertThat(VerificationCodes.lookupKey(code.toLowerCase())).isEqualTo(code);
        assertThat(VerificationCodes.lookupKey(" " + code + " ")).isEqualTo(code);
    }

    @Test
    void everyMalformedCodeBecomesTheSameKeyThatNoDocumentHas() {
        String never = VerificationCodes.lookupKey(null);

        assertThat(never).hasSize(VerificationCodes.LENGTH).doesNotMatch("[A-Z2-7]{16}");
        assertThat(VerificationCodes.lookupKey("")).isEqualTo(never);
        assertThat(VerificationCodes.lookupKey("ABC")).isEqualTo(never);
        assertThat(VerificationCodes.lookupKey("AAAAAAAAAAAAAAA1")).isEqualTo(never);
        assertThat(VerificationCodes.lookupKey("AAAAAAAAAAAAAAAAA")).isEqualTo(never);
        assertThat(VerificationCodes.lookupKey("' or 1=1 --")).isEqualTo(never);
    }

    @Test
    void serialsNameTheKindAndTheYear() {
        assertThat(SerialNumbers.format(DocumentKind.CERTIFICATE, 2026, 42)).isEqualTo("C-2026-000042");
        assertThat(SerialNumbers.format(DocumentKind.LETTER, 2027, 1)).isEqualTo("L-2027-000001");
    }
}
