package org.gflow.engine.plugins;

import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.Timestamp;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXCertPathChecker;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether one signer of a plugin jar is trusted, by PKIX path validation against the
 * trust store:
 * <ul>
 * <li>a certificate in the trust store that is a CA (basicConstraints CA:true) is a trust anchor;
 *     every CA on the way down must be one too, so an end-entity certificate cannot issue signers;</li>
 * <li>the signer's own certificate needs key usage digitalSignature and extended key usage
 *     codeSigning — a TLS server certificate from the same CA signs no plugin;</li>
 * <li>a signer certificate that is itself in the trust store (self-signed, trusted directly) is
 *     checked for its validity and usage the same way, without a path;</li>
 * <li>an expired signer is accepted only when its signature carries a timestamp from a
 *     time-stamping authority that chains to the trust store, and the signer was valid at that
 *     time;</li>
 * <li>revocation (OCSP, then CRLs) only when switched on: it needs the CA's responders reachable.</li>
 * </ul>
 */
final class SignerCertificateValidator {

    private final Set<X509Certificate> trusted;
    private final Set<TrustAnchor> authorities;
    private final boolean revocationChecking;
    private final Clock clock;

    SignerCertificateValidator(Collection<X509Certificate> trusted, boolean revocationChecking, Clock clock) {
        this.trusted = Set.copyOf(trusted);
        this.authorities = trusted.stream()
                .filter(SignerCertificateValidator::isAuthority)
                .map(certificate -> new TrustAnchor(certificate, null))
                .collect(Collectors.toUnmodifiableSet());
        this.revocationChecking = revocationChecking;
        this.clock = clock;
    }

    /**
     * @return the signing certificate, when the signer is trusted
     * @throws Untrusted saying why not
     */
    X509Certificate validate(CodeSigner signer) throws Untrusted {
        List<X509Certificate> chain = x509(signer.getSignerCertPath());
        Date now = Date.from(clock.instant());
        try {
            validate(chain, now, CertificatePurpose.CODE_SIGNING);
            return chain.get(0);
        } catch (Untrusted untrusted) {
            Timestamp timestamp = signer.getTimestamp();
            if (!untrusted.expired || timestamp == null) {
                throw untrusted;
            }
            return validateAsOf(chain, timestamp, now, untrusted);
        }
    }

    /** The signer's certificate expired since: trust it if a trusted authority saw it sign while valid. */
    private X509Certificate validateAsOf(List<X509Certificate> chain, Timestamp timestamp, Date now, Untrusted expiry)
            throws Untrusted {
        Date signedAt = timestamp.getTimestamp();
        if (signedAt.after(now)) {
            throw new Untrusted("its timestamp lies in the future (" + signedAt.toInstant() + ")", false);
        }
        try {
            validate(x509(timestamp.getSignerCertPath()), signedAt, CertificatePurpose.TIME_STAMPING);
        } catch (Untrusted untrustedAuthority) {
            throw new Untrusted(
                    expiry.getMessage() + ", and its timestamp's authority is not trusted: "
                            + untrustedAuthority.getMessage(),
                    false);
        }
        try {
            validate(chain, signedAt, CertificatePurpose.CODE_SIGNING);
            return chain.get(0);
        } catch (Untrusted atSigning) {
            throw new Untrusted("at its timestamp (" + signedAt.toInstant() + "): " + atSigning.getMessage(), false);
        }
    }

    private void validate(List<X509Certificate> chain, Date at, CertificatePurpose purpose) throws Untrusted {
        X509Certificate leaf = chain.get(0);
        String refusal = purpose.refusal(leaf);
        if (refusal != null) {
            throw new Untrusted(refusal, false);
        }
        if (trusted.contains(leaf)) {
            validateDirectlyTrusted(leaf, at);
            return;
        }
        if (authorities.isEmpty()) {
            throw new Untrusted(
                    "certificate " + name(leaf) + " is not in the trust store, and the trust store holds no CA "
                            + "certificate that could have issued it",
                    false);
        }
        try {
            CertPathValidator validator = CertPathValidator.getInstance("PKIX");
            PKIXParameters parameters = new PKIXParameters(authorities);
            parameters.setDate(at);
            parameters.setRevocationEnabled(false);
            if (revocationChecking) {
                // OCSP first, CRLs as the fallback; an unreachable responder fails the check
                parameters.addCertPathChecker((PKIXRevocationChecker) validator.getRevocationChecker());
            }
            parameters.addCertPathChecker(new ExtendedKeyUsageChecked());
            validator.validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(belowAnchor(chain)), parameters);
        } catch (CertPathValidatorException e) {
            throw new Untrusted(reason(e, chain), e.getReason() == BasicReason.EXPIRED);
        } catch (GeneralSecurityException e) {
            throw new Untrusted("its certificate path cannot be checked: " + e.getMessage(), false);
        }
    }

    private static void validateDirectlyTrusted(X509Certificate leaf, Date at) throws Untrusted {
        try {
            leaf.checkValidity(at);
        } catch (CertificateExpiredException e) {
            throw new Untrusted(
                    "certificate " + name(leaf) + " expired on "
                            + leaf.getNotAfter().toInstant(),
                    true);
        } catch (CertificateNotYetValidException e) {
            throw new Untrusted(
                    "certificate " + name(leaf) + " is not valid before "
                            + leaf.getNotBefore().toInstant(),
                    false);
        }
    }

    /** The chain up to (not including) the first certificate the trust store holds as an authority. */
    private List<X509Certificate> belowAnchor(List<X509Certificate> chain) {
        for (int i = 1; i < chain.size(); i++) {
            if (trusted.contains(chain.get(i)) && isAuthority(chain.get(i))) {
                return chain.subList(0, i);
            }
        }
        return chain;
    }

    private static boolean isAuthority(X509Certificate certificate) {
        boolean[] keyUsage = certificate.getKeyUsage();
        return certificate.getBasicConstraints() >= 0 && (keyUsage == null || keyUsage.length > 5 && keyUsage[5]);
    }

    private String reason(CertPathValidatorException e, List<X509Certificate> chain) {
        int index = e.getIndex();
        String which =
                index >= 0 && index < chain.size() ? "certificate " + name(chain.get(index)) : "its certificate path";
        CertPathValidatorException.Reason reason = e.getReason();
        if (reason == PKIXReason.NO_TRUST_ANCHOR) {
            return "no CA in the trust store issued its certificate chain (up to " + name(chain.get(chain.size() - 1))
                    + ", issued by '"
                    + chain.get(chain.size() - 1).getIssuerX500Principal().getName() + "')";
        }
        if (reason == PKIXReason.NOT_CA_CERT) {
            return which
                    + " issued a certificate below it but is not a certificate authority (basicConstraints CA:true)";
        }
        if (reason == BasicReason.EXPIRED || reason == BasicReason.NOT_YET_VALID) {
            X509Certificate expired = index >= 0 && index < chain.size() ? chain.get(index) : chain.get(0);
            return "certificate " + name(expired) + " is valid only from "
                    + expired.getNotBefore().toInstant() + " to "
                    + expired.getNotAfter().toInstant();
        }
        if (reason == BasicReason.REVOKED) {
            return which + " is revoked";
        }
        if (reason == PKIXReason.INVALID_KEY_USAGE) {
            return which
                    + " issued a certificate below it but is not a certificate authority (its key usage lacks keyCertSign)";
        }
        // with revocation checking, a missing or unreachable responder fails here
        String hint = revocationChecking
                ? " (gflow.plugins.revocation-check is on: does its CA run an OCSP responder or "
                        + "CRL the engine can reach?)"
                : "";
        return which + ": " + e.getMessage() + hint;
    }

    private static List<X509Certificate> x509(CertPath path) throws Untrusted {
        List<? extends Certificate> certificates = path == null ? List.of() : path.getCertificates();
        if (certificates.isEmpty() || !certificates.stream().allMatch(X509Certificate.class::isInstance)) {
            throw new Untrusted("its signature carries no X.509 certificate", false);
        }
        return certificates.stream().map(X509Certificate.class::cast).toList();
    }

    static String name(X509Certificate certificate) {
        return "'" + certificate.getSubjectX500Principal().getName() + "'";
    }

    /**
     * Extended key usage is checked on the signer above; PKIX does not know the extension and would
     * refuse any certificate that marks it critical, as time-stamping certificates must.
     */
    private static final class ExtendedKeyUsageChecked extends PKIXCertPathChecker {
        @Override
        public void init(boolean forward) {
            // stateless
        }

        @Override
        public boolean isForwardCheckingSupported() {
            return true;
        }

        @Override
        public Set<String> getSupportedExtensions() {
            return Set.of(CertificatePurpose.EXTENDED_KEY_USAGE);
        }

        @Override
        public void check(Certificate certificate, Collection<String> unresolvedCritExts) {
            unresolvedCritExts.remove(CertificatePurpose.EXTENDED_KEY_USAGE);
        }
    }

    /** A signer the trust store does not vouch for; the message says why, for an operator. */
    static final class Untrusted extends Exception {
        private static final long serialVersionUID = 1L;
        /** The only fault is time: a trusted timestamp may still save it. */
        private final boolean expired;

        Untrusted(String reason, boolean expired) {
            super(reason);
            this.expired = expired;
        }
    }
}
