package org.gflow.engine.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address of the client behind a request, for rate limits. {@code X-Forwarded-For} is
 * believed only when the connection comes from a configured proxy
 * ({@code gflow.security.trusted-proxies}); then the last address in it that is not itself a
 * trusted proxy is the client. Anyone else could write any address there to dodge a limit.
 */
@Component
public class ClientAddress {

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddress(SecuritySettings settings) {
        this.trustedProxies =
                settings.trustedProxies().stream().map(IpAddressMatcher::new).toList();
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrustedProxy(peer)) {
            return peer;
        }
        String client = peer;
        List<String> forwarded = Collections.list(request.getHeaders("X-Forwarded-For"));
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String[] hops = forwarded.get(i).split(",");
            for (int j = hops.length - 1; j >= 0; j--) {
                client = hops[j].strip();
                if (!isTrustedProxy(client)) {
                    return client;
                }
            }
        }
        return client;
    }

    private boolean isTrustedProxy(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        try {
            return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
