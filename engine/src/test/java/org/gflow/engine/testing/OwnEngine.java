package org.gflow.engine.testing;

import java.util.HashMap;
import java.util.Map;
import org.gflow.engine.GFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A G-Flow engine of a benchmark's own, started in this JVM beside nothing else: the test profile
 * on a free port, with the given settings as command-line arguments (so they win over every file).
 */
public final class OwnEngine {

    private OwnEngine() {}

    /** Starts the engine; the caller closes it. */
    public static ConfigurableApplicationContext start(Map<String, ?> settings) {
        Map<String, Object> all = new HashMap<>(Map.of("server.port", 0, "spring.profiles.active", "test"));
        all.putAll(settings);
        String[] arguments = all.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GFlowApplication.class).run(arguments);
    }
}
