package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An expired signer is still trusted when a trusted time-stamping authority saw it sign while
 * its certificate was valid. The signatures here are built as the JDK hands them over after
 * verifying a timestamped jar — a {@link CodeSigner} with a {@link Timestamp} — since making an
 * RFC 3161 token in a test would need a time-stamping server of our own.
 */
class SignerTimestampTest {

    @TempDir
    static Path work;

    private static TestPki pki;
    private static SignerCertificateValidator validator;

    @BeforeAll
    static void makeCertificates() throws Exception {
        pki = new TestPki(work)
                .selfSigned("ca", "CN=Lao Government Code Signing CA, C=LA", TestPki.CA)
                .issued(
                        "expired",
                        "ca",
                        "CN=Old MOIC IT, C=LA",
                        TestPki.with(TestPki.CODE_SIGNING, "-startdate", "-400d", "-validity", "30"))
                .issued(
                        "tsa",
                        "ca",
                        "CN=Lao Government TSA, C=LA",
                        TestPki.with(TestPki.TIME_STAMPING, "-startdate", "-400d", "-validity", "800"))
                .issued(
                        "notATsa",
                        "ca",
                        "CN=MOIC IT, C=LA",
                        TestPki.with(TestPki.CODE_SIGNING, "-startdate", "-400d", "-validity", "800"))
                .selfSigned(
                        "strangerTsa",
                        "CN=Someone's TSA, C=LA",
                        TestPki.with(TestPki.TIME_STAMPING, "-startdate", "-400d", "-validity", "800"));
        pki.make();
        validator = new SignerCertificateValidator(List.of(pki.certificate("ca")), false, Clock.systemUTC());
    }

    /** The expired signer's signature, timestamped by {@code authority} at {@code signedAt}. */
    private static CodeSigner expiredSignerStamped(String authority, Date signedAt) throws Exception {
        return new CodeSigner(pki.chain("expired"), new Timestamp(signedAt, pki.chain(authority)));
    }

    private static Date whileValid() throws Exception {
        return Date.from(pki.certificate("expired").getNotBefore().toInstant().plus(Duration.ofDays(1)));
    }

    @Test
    void anExpiredSignerTimestampedWhileValidByATrustedAuthorityIsAccepted() throws Exception {
        assertThat(validator.validate(expiredSignerStamped("tsa", whileValid())))
                .isEqualTo(pki.certificate("expired"));
    }

    @Test
    void withoutATimestampTheExpiredSignerIsRefused() throws Exception {
        assertThatThrownBy(() -> validator.validate(new CodeSigner(pki.chain("expired"), null)))
                .hasMessageContaining("CN=Old MOIC IT")
                .hasMessageContaining("is valid only from");
    }

    @Test
    void aTimestampFromAnUntrustedAuthorityDoesNotSaveIt() {
        assertThatThrownBy(() -> validator.validate(expiredSignerStamped("strangerTsa", whileValid())))
                .hasMessageContaining("its timestamp's authority is not trusted");
    }

    @Test
    void theAuthorityMustBeATimeStampingAuthority() {
        assertThatThrownBy(() -> validator.validate(expiredSignerStamped("notATsa", whileValid())))
                .hasMessageContaining("its timestamp's authority is not trusted")
                .hasMessageContaining("timeStamping");
    }

    @Test
    void aTimestampAfterTheCertificateExpiredDoesNotSaveIt() throws Exception {
        Date afterExpiry =
                Date.from(pki.certificate("expired").getNotAfter().toInstant().plus(Duration.ofDays(1)));

        assertThatThrownBy(() -> validator.validate(expiredSignerStamped("tsa", afterExpiry)))
                .hasMessageContaining("at its timestamp")
                .hasMessageContaining("is valid only from");
    }
}
