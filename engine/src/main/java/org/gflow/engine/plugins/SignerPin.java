package org.gflow.engine.plugins;

import java.time.Instant;

/**
 * The signer a plugin is pinned to.
 *
 * @param fingerprint SHA-256 of the signing certificate, in {@link PluginSigner#fingerprint()} form
 * @param subject the certificate's subject, null when an admin pinned a fingerprint no jar has shown yet
 * @param pinnedBy the admin who pinned it, null when the plugin's first trusted install did
 */
public record SignerPin(String symbolicName, String fingerprint, String subject, Instant pinnedAt, String pinnedBy) {

    boolean matches(PluginSigner signer) {
        return fingerprint.equals(signer.fingerprint());
    }

    /** {@code 'CN=…' (SHA-256 AB:CD:…)}, or the fingerprint alone. */
    String describe() {
        String shown = "SHA-256 " + PluginSigner.display(fingerprint);
        return subject == null ? shown : "'" + subject + "' (" + shown + ")";
    }
}
