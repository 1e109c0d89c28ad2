package org.gflow.engine.plugins;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Who signed a plugin jar, as far as the engine trusts it: the signing certificate's SHA-256
 * fingerprint (what a plugin is pinned to) and its subject (what people read).
 *
 * @param fingerprint SHA-256 of the certificate, 64 upper-case hex digits without separators
 * @param subject the certificate's subject distinguished name
 */
public record PluginSigner(String fingerprint, String subject) {

    /** The signer behind a certificate. */
    public static PluginSigner of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new PluginSigner(
                    HexFormat.of().withUpperCase().formatHex(digest),
                    certificate.getSubjectX500Principal().getName());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(
                    "cannot fingerprint certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    /**
     * A fingerprint as people type it — {@code keytool -printcert}'s {@code AB:CD:…} or plain hex, any
     * case — in the stored form.
     *
     * @throws IllegalArgumentException when it is not a SHA-256 fingerprint
     */
    public static String normalise(String fingerprint) {
        String hex =
                fingerprint == null ? "" : fingerprint.replace(":", "").strip().toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("a SHA-256 certificate fingerprint is 64 hex digits, e.g. as "
                    + "'keytool -printcert -file signer.cer' prints it (AB:CD:…)");
        }
        return hex;
    }

    /** {@code AB:CD:…}, as {@code keytool -printcert} shows it, so an operator can compare the two. */
    public static String display(String fingerprint) {
        StringBuilder colons = new StringBuilder(fingerprint.length() * 3 / 2);
        for (int i = 0; i < fingerprint.length(); i += 2) {
            if (i > 0) {
                colons.append(':');
            }
            colons.append(fingerprint, i, Math.min(i + 2, fingerprint.length()));
        }
        return colons.toString();
    }

    /** {@code 'CN=…' (SHA-256 AB:CD:…)}. */
    public String describe() {
        return "'" + subject + "' (SHA-256 " + display(fingerprint) + ")";
    }
}
