package org.gflow.engine.plugins;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Pins kept for the life of the host only: for a host without a database (tests, tools). */
public final class InMemoryPluginSignerPins implements PluginSignerPins {

    private final Map<String, SignerPin> pins = new ConcurrentHashMap<>();

    @Override
    public Optional<SignerPin> pinOf(String symbolicName) {
        return Optional.ofNullable(pins.get(symbolicName));
    }

    @Override
    public SignerPin pinIfAbsent(String symbolicName, PluginSigner signer) {
        return pins.computeIfAbsent(
                symbolicName, name -> new SignerPin(name, signer.fingerprint(), signer.subject(), Instant.now(), null));
    }

    @Override
    public SignerPin pin(String symbolicName, String fingerprint, String admin) {
        SignerPin pin = new SignerPin(symbolicName, PluginSigner.normalise(fingerprint), null, Instant.now(), admin);
        pins.put(symbolicName, pin);
        return pin;
    }

    @Override
    public boolean unpin(String symbolicName) {
        return pins.remove(symbolicName) != null;
    }
}
