package org.gflow.engine;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the engine's integration tests: the whole engine — Camunda, the embedded directory,
 * dispatch, the plugin host, security — on an in-memory H2 and a random port. Every subclass
 * shares this one Spring context, so it starts once per run: add no per-class properties or
 * mock beans here or in subclasses.
 */
@SpringBootTest(classes = GFlowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("engine")
public abstract class EngineIT {

    @LocalServerPort
    protected int port;

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
