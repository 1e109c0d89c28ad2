package org.gflow.engine.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gflow.security.*}: which proxies may name the client's address, how fast failed
 * logins and public lookups are slowed down, and whether browsers are told to use HTTPS only.
 * The defaults live in {@code application.yaml}.
 *
 * @param trustedProxies addresses or CIDR ranges whose {@code X-Forwarded-For} is believed
 *                       (default none: the connecting address is the client)
 * @param loginFailuresPerAccount failed logins one account may have before it must wait
 * @param loginFailuresPerAddress failed logins one client address may have before it must wait
 * @param publicLookupsPerAddress tracking lookups and document checks one address may make
 * @param hsts whether every answer carries {@code Strict-Transport-Security} (on in {@code production})
 */
@ConfigurationProperties("gflow.security")
public record SecuritySettings(
        List<String> trustedProxies,
        List<Throttle.Limit> loginFailuresPerAccount,
        List<Throttle.Limit> loginFailuresPerAddress,
        List<Throttle.Limit> publicLookupsPerAddress,
        boolean hsts) {

    public SecuritySettings {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
