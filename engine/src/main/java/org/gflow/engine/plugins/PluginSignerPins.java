package org.gflow.engine.plugins;

import java.util.Optional;

/**
 * Where the signer each plugin is pinned to is kept. Durable in the engine
 * ({@link JdbcPluginSignerPins}: every node of a cluster sees the same pins, and they survive
 * restarts); {@link InMemoryPluginSignerPins} for a host without a database.
 */
public interface PluginSignerPins {

    Optional<SignerPin> pinOf(String symbolicName);

    /** Pins {@code signer} unless the plugin is pinned already; returns the pin in force either way. */
    SignerPin pinIfAbsent(String symbolicName, PluginSigner signer);

    /** An admin pins the plugin to the certificate with this fingerprint, replacing any pin. */
    SignerPin pin(String symbolicName, String fingerprint, String admin);

    /** Forgets the pin: the next trusted signer is pinned. @return whether there was one */
    boolean unpin(String symbolicName);
}
