package org.gflow.engine.plugins;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code gflow.plugins.*}.
 *
 * @param directory the watched plugins directory; {@code ${gflow.data-dir}/plugins} when unset
 * @param requireSignature only install jars signed by a key of the trust store (production)
 * @param trustStore PKCS12 file with the certificates whose plugins are trusted
 * @param trustStorePassword its password
 * @param revocationCheck ask the signers' CAs (OCSP, then CRLs) whether a certificate was revoked;
 *        off by default because it needs the CA's responders reachable from the engine
 * @param scanInterval the safety-net rescan of the directory
 * @param maxUploadSize the largest jar the admin API accepts
 * @param installBundled install the example plugins shipped in the engine at start
 */
@ConfigurationProperties("gflow.plugins")
public record PluginProperties(
        Path directory,
        @DefaultValue("false") boolean requireSignature,
        Path trustStore,
        String trustStorePassword,
        @DefaultValue("false") boolean revocationCheck,
        @DefaultValue("2s") Duration scanInterval,
        @DefaultValue("20MB") DataSize maxUploadSize,
        @DefaultValue("true") boolean installBundled) {}
