package org.gflow.engine.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * A newcomer who starts G-Flow on its embedded defaults while another G-Flow already listens on
 * 8080 gets a running engine on a free port, announced on the console, instead of a failed start.
 * Only the built-in default moves: a port someone chose ({@code --server.port}, {@code SERVER_PORT},
 * {@code GFLOW_PORT}, a system property) is kept and fails loudly if taken, and the
 * {@code production} profile never moves. Runs before the context, so everything that names the
 * server's own address ({@code gflow.public-url}) names the port really served.
 */
public class DefaultPortFallback implements EnvironmentPostProcessor {

    static final String PORT = "server.port";
    private static final List<String> CHOSEN_BY_SOMEONE = List.of("server.port", "SERVER_PORT", "GFLOW_PORT");
    private static final List<String> SOURCES_OF_A_CHOICE =
            List.of("commandLineArgs", "systemProperties", "systemEnvironment");

    private final Log log;

    public DefaultPortFallback(DeferredLogFactory logs) {
        this.log = logs.getLog(DefaultPortFallback.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Integer port = environment.getProperty(PORT, Integer.class);
        if (port == null
                || port == 0
                || chosen(environment)
                || List.of(environment.getActiveProfiles()).contains("production")
                || isFree(port)) {
            return;
        }
        int free = freePort();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("gflow-default-port-taken", Map.of(PORT, free)));
        log.warn(
                "Port " + port + " is taken (another G-Flow?): this one serves http://localhost:" + free + "/ instead");
    }

    private static boolean chosen(ConfigurableEnvironment environment) {
        for (String name : SOURCES_OF_A_CHOICE) {
            PropertySource<?> source = environment.getPropertySources().get(name);
            if (source != null && CHOSEN_BY_SOMEONE.stream().anyMatch(source::containsProperty)) {
                return true;
            }
        }
        return false;
    }

    static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the web server", e);
        }
    }
}
