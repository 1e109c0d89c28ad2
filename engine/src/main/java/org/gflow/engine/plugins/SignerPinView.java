package org.gflow.engine.plugins;

import java.time.Instant;

/**
 * A plugin's pinned signer as {@code GET /api/plugins/{name}/signer} shows it.
 *
 * @param fingerprint SHA-256 as {@code keytool -printcert} prints it ({@code AB:CD:…})
 * @param pinnedBy the admin who pinned it; null when the plugin's first trusted install did
 */
public record SignerPinView(
        String symbolicName, String fingerprint, String subject, Instant pinnedAt, String pinnedBy) {

    static SignerPinView of(SignerPin pin) {
        return new SignerPinView(
                pin.symbolicName(),
                PluginSigner.display(pin.fingerprint()),
                pin.subject(),
                pin.pinnedAt(),
                pin.pinnedBy());
    }
}
