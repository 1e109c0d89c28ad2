package org.gflow.engine.plugins;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a certificate must be allowed to do to take part in a plugin's signature: sign code (the
 * plugin's signer) or stamp times (the authority behind a signature's timestamp). Checked on the
 * end-entity certificate only; the path up to the trust store is PKIX's business.
 */
enum CertificatePurpose {
    CODE_SIGNING("code signing", "codeSigning", "1.3.6.1.5.5.7.3.3", List.of(0), "digitalSignature"),
    TIME_STAMPING(
            "time stamping", "timeStamping", "1.3.6.1.5.5.7.3.8", List.of(0, 1), "digitalSignature or nonRepudiation");

    /** The extended key usage extension; PKIX leaves it to us, so we mark it handled. */
    static final String EXTENDED_KEY_USAGE = "2.5.29.37";

    private final String label;
    private final String keytoolName;
    private final String oid;
    private final List<Integer> keyUsageBits;
    private final String keyUsageNames;

    CertificatePurpose(String label, String keytoolName, String oid, List<Integer> keyUsageBits, String keyUsageNames) {
        this.label = label;
        this.keytoolName = keytoolName;
        this.oid = oid;
        this.keyUsageBits = keyUsageBits;
        this.keyUsageNames = keyUsageNames;
    }

    /**
     * @return null when the certificate may serve this purpose, otherwise why not, in words an
     *         operator can act on
     */
    String refusal(X509Certificate certificate) {
        String subject = "'" + certificate.getSubjectX500Principal().getName() + "'";
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage == null || keyUsageBits.stream().noneMatch(bit -> bit < keyUsage.length && keyUsage[bit])) {
            return "certificate " + subject + " lacks key usage " + keyUsageNames
                    + " (keytool: -ext KU=digitalSignature)";
        }
        List<String> extended;
        try {
            extended = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            return "certificate " + subject + " has an unreadable extended key usage: " + e.getMessage();
        }
        if (extended == null || !extended.contains(oid)) {
            return "certificate " + subject + " is not for " + label + ": its extended key usage must include "
                    + keytoolName + " (" + oid + "; keytool: -ext EKU=" + keytoolName + ")";
        }
        return null;
    }

    String label() {
        return label;
    }
}
