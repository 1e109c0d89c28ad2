package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which address a rate limit counts: the peer, unless a trusted proxy names the client. */
class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(
            new SecuritySettings(List.of("10.0.0.0/8", "192.0.2.10"), List.of(), List.of(), List.of(), false));

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        assertThat(behindProxies.of(request("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
        assertThat(new ClientAddress(new SecuritySettings(null, List.of(), List.of(), List.of(), false))
                        .of(request("10.1.1.1", "203.0.113.1")))
                .isEqualTo("10.1.1.1");
    }

    @Test
    void behindTrustedProxiesTheLastUntrustedHopIsTheClient() {
        // the client wrote a made-up first hop; the proxies appended what they saw
        assertThat(behindProxies.of(request("10.1.1.1", "1.2.3.4, 203.0.113.5, 192.0.2.10")))
                .isEqualTo("203.0.113.5");
        assertThat(behindProxies.of(request("192.0.2.10", null))).isEqualTo("192.0.2.10");
    }

    @Test
    void aHostNameInTheHeaderIsNeverLookedUp() {
        assertThat(behindProxies.of(request("10.1.1.1", "attacker.example"))).isEqualTo("attacker.example");
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
