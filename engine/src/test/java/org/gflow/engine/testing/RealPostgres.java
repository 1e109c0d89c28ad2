package org.gflow.engine.testing;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for the tests of one class, started before them and removed after:
 * {@code @RegisterExtension static final RealPostgres POSTGRES = new RealPostgres();}.
 */
public final class RealPostgres implements BeforeAllCallback, AfterAllCallback {

    private PostgresServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = PostgresServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The running server's JDBC URL; its user is {@link PostgresServer#USER}, without a password. */
    public String jdbcUrl() {
        return running().jdbcUrl();
    }

    /** @see PostgresServer#connectionArguments() */
    public List<String> connectionArguments() {
        return running().connectionArguments();
    }

    private PostgresServer running() {
        if (server == null) {
            throw new IllegalStateException("PostgreSQL runs only while the test class does");
        }
        return server;
    }
}
