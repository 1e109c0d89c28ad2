package org.gflow.engine.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gflow.engine.plugins.PluginFramework;
import org.gflow.engine.plugins.PluginHost;
import org.gflow.engine.plugins.PluginOrigin;
import org.gflow.engine.plugins.PluginState;
import org.gflow.engine.plugins.TestBundles;
import org.gflow.engine.plugins.TestHosts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ministry's own SMS provider, installed as a plugin into a running host, serves the SMS channel
 * named after it: no SMS goes out before it is installed, the next one goes through it (the number
 * normalised for Laos, the Lao text intact), the provider's refusal for good fails the message at
 * once, and once the plugin is uninstalled SMS wait again. A real Felix framework, a real bundle
 * built by bnd, a real HTTP provider on a free port.
 */
class PluginSmsGatewayTest {

    private static final String PLUGIN = "ministry-sms-plugin";

    @TempDir
    Path work;

    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer provider;
    private PluginFramework framework;
    private PluginSmsGateways gateways;
    private PluginHost host;

    @BeforeEach
    void start() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/send", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = body.contains("REFUSE") ? 422 : 202;
            if (status == 202) {
                received.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        provider.start();
        framework = PluginFramework.start(work.resolve("felix-cache"));
        gateways = new PluginSmsGateways(framework);
        host = TestHosts.configured(
                framework,
                Map.of(
                        PLUGIN + ".url",
                        "http://127.0.0.1:" + provider.getAddress().getPort() + "/send"));
    }

    @AfterEach
    void stop() {
        gateways.close();
        framework.close();
        provider.stop(0);
    }

    @Test
    void theInstalledProviderSendsTheNextSmsAndStopsWhenUninstalled() throws Exception {
        SmsChannel channel = channelThrough("ministry-sms");
        assertThat(channel.enabled()).as("no provider installed yet: SMS wait").isFalse();

        Path jar = new TestBundles(Files.createDirectories(work.resolve("jars"))).smsGateway("sms.jar", PLUGIN);
        assertThat(host.installOrUpdate(jar, PluginOrigin.DIRECTORY).state()).isEqualTo(PluginState.ACTIVE);

        assertThat(channel.enabled()).isTrue();
        String text = "ຄຳຮ້ອງ 1516-2026-000042 ໄດ້ຮັບຄຳຕອບແລ້ວ";
        assertThat(channel.deliver(sms("020 5512 3456", text))).isEqualTo(NotificationChannel.Outcome.SENT);
        assertThat(received).containsExactly("{\"to\": \"+8562055123456\", \"text\": \"" + text + "\"}");

        assertThatThrownBy(() -> channel.deliver(sms("020 5512 3456", "REFUSE this one")))
                .isInstanceOf(NotificationChannel.PermanentFailure.class)
                .hasMessageContaining("the provider refused");
        assertThatThrownBy(() -> channel.deliver(sms("12", text)))
                .as("not a number in Laos: never handed to the provider")
                .isInstanceOf(NotificationChannel.PermanentFailure.class);
        assertThat(received).hasSize(1);

        host.uninstall(PLUGIN);
        assertThat(channel.enabled()).as("uninstalled: SMS wait again").isFalse();
    }

    @Test
    void aProviderOfAnotherNameDoesNotServeTheChannel() throws Exception {
        Path jar = new TestBundles(Files.createDirectories(work.resolve("jars"))).smsGateway("sms.jar", PLUGIN);
        host.installOrUpdate(jar, PluginOrigin.DIRECTORY);

        assertThat(channelThrough("another-provider").enabled()).isFalse();
        assertThat(channelThrough(KannelSmsGateway.NAME).enabled())
                .as("the built-in gateway without its address")
                .isFalse();
    }

    private SmsChannel channelThrough(String gateway) {
        SmsSettings settings = new SmsSettings(gateway, null, null, null, null, Duration.ofSeconds(5));
        return new SmsChannel(settings, new KannelSmsGateway(settings), gateways::named);
    }

    private static OutboxMessage sms(String number, String text) {
        return new OutboxMessage("m1", "pi-1", "1516-2026-000042", "citizen", number, "sms", "lo", null, text, null, 0);
    }
}
