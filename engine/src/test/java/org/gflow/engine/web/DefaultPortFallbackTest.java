package org.gflow.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The default port moves when another engine holds it; a port someone chose never does. */
class DefaultPortFallbackTest {

    private static final DefaultPortFallback FALLBACK = new DefaultPortFallback(log -> log.get());

    private ServerSocket anotherEngine;
    private int taken;

    @BeforeEach
    void anotherEngineListens() throws Exception {
        anotherEngine = new ServerSocket(0);
        taken = anotherEngine.getLocalPort();
    }

    @AfterEach
    void anotherEngineStops() throws Exception {
        anotherEngine.close();
    }

    @Test
    void theDefaultPortTakenMovesToAFreeOne() {
        MockEnvironment environment =
                new MockEnvironment().withProperty(DefaultPortFallback.PORT, String.valueOf(taken));

        FALLBACK.postProcessEnvironment(environment, null);

        int served = environment.getProperty(DefaultPortFallback.PORT, Integer.class);
        assertThat(served).isNotEqualTo(taken);
        assertThat(DefaultPortFallback.isFree(served)).isTrue();
    }

    @Test
    void aPortChosenOnTheCommandLineStays() {
        MockEnvironment environment = new MockEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "commandLineArgs", Map.of(DefaultPortFallback.PORT, String.valueOf(taken))));

        FALLBACK.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(DefaultPortFallback.PORT, Integer.class))
                .isEqualTo(taken);
    }

    @Test
    void productionNeverMoves() {
        MockEnvironment environment =
                new MockEnvironment().withProperty(DefaultPortFallback.PORT, String.valueOf(taken));
        environment.setActiveProfiles("production");

        FALLBACK.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(DefaultPortFallback.PORT, Integer.class))
                .isEqualTo(taken);
    }

    @Test
    void aFreeDefaultPortStays() throws Exception {
        anotherEngine.close();
        MockEnvironment environment =
                new MockEnvironment().withProperty(DefaultPortFallback.PORT, String.valueOf(taken));

        FALLBACK.postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(DefaultPortFallback.PORT, Integer.class))
                .isEqualTo(taken);
    }
}
