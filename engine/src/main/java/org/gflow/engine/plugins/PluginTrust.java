package org.gflow.engine.plugins;

import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the host asks of a plugin jar's signature before the framework sees it:
 * <ul>
 * <li>with a trust store, a signed jar must be signed by a signer the store vouches for
 *     ({@link PluginSignatureVerifier}); with signatures required, an unsigned jar is refused;</li>
 * <li>the first trusted signer of a Bundle-SymbolicName is pinned; a later jar of that name signed
 *     by anyone else — or by no one — is refused until an admin re-pins the plugin
 *     ({@code POST}/{@code DELETE /api/plugins/{name}/signer}).</li>
 * </ul>
 */
public final class PluginTrust {

    private static final Logger LOG = LoggerFactory.getLogger(PluginTrust.class);

    private final Optional<PluginSignatureVerifier> verifier;
    private final boolean signatureRequired;
    private final PluginSignerPins pins;

    /**
     * @param verifier present when a trust store is configured
     * @param signatureRequired refuse unsigned jars (production); needs the verifier
     */
    public PluginTrust(Optional<PluginSignatureVerifier> verifier, boolean signatureRequired, PluginSignerPins pins) {
        if (signatureRequired && verifier.isEmpty()) {
            throw new IllegalArgumentException("signatures cannot be required without a trust store");
        }
        this.verifier = verifier;
        this.signatureRequired = signatureRequired;
        this.pins = pins;
    }

    /**
     * The jar's trusted signer, or empty when it is unsigned and may be.
     *
     * @throws PluginRejectedException when the signature is broken or untrusted, or missing but required
     */
    Optional<PluginSigner> signerOf(Path file) throws PluginRejectedException {
        Optional<PluginSigner> signer = verifier.isPresent() ? verifier.get().verify(file) : Optional.empty();
        if (signer.isEmpty() && signatureRequired) {
            throw new PluginRejectedException(PluginFailure.SIGNATURE_REFUSED, "the plugin is not signed");
        }
        return signer;
    }

    /**
     * Refuses a jar whose signer is not the one its plugin is pinned to; changes nothing.
     *
     * @throws PluginRejectedException naming both signers and how an admin re-pins
     */
    void checkPin(String symbolicName, Optional<PluginSigner> signer) throws PluginRejectedException {
        Optional<SignerPin> pin = pins.pinOf(symbolicName);
        if (pin.isPresent()) {
            requireMatch(pin.get(), signer);
        }
    }

    /**
     * As {@link #checkPin}, and pins a signed plugin that is not pinned yet: called when the host
     * installs the jar.
     */
    void admit(String symbolicName, Optional<PluginSigner> signer) throws PluginRejectedException {
        Optional<SignerPin> existing = pins.pinOf(symbolicName);
        if (existing.isPresent() || signer.isEmpty()) {
            checkPin(symbolicName, signer);
            return;
        }
        requireMatch(pins.pinIfAbsent(symbolicName, signer.get()), signer);
        LOG.info(
                "Plugin {} pinned to its first trusted signer {}",
                symbolicName,
                signer.get().describe());
    }

    /** The pin store, for the admin API. */
    PluginSignerPins pins() {
        return pins;
    }

    private static void requireMatch(SignerPin pin, Optional<PluginSigner> signer) throws PluginRejectedException {
        if (signer.isPresent() && pin.matches(signer.get())) {
            return;
        }
        throw new PluginRejectedException(
                PluginFailure.SIGNER_CHANGED,
                "plugin '" + pin.symbolicName() + "' is pinned to signer " + pin.describe()
                        + (signer.isPresent()
                                ? ", but this jar is signed by " + signer.get().describe()
                                : ", but this jar is not signed")
                        + ". If the plugin's signer really changed, an admin re-pins it: POST /api/plugins/"
                        + pin.symbolicName()
                        + "/signer with {\"fingerprint\": \"<the new certificate's SHA-256>\"}, or DELETE /api/plugins/"
                        + pin.symbolicName() + "/signer to accept the next trusted signer");
    }
}
