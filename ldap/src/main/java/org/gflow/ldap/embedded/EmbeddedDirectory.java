package org.gflow.ldap.embedded;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.gflow.ldap.LdapSettings;

/**
 * The directory G-Flow runs with when no LDAP server is configured: an UnboundID in-memory
 * server on 127.0.0.1, loaded with the demo organisations and civil servants of
 * {@code gflow/ldap/seed.ldif} (every password {@code demo}, see {@code ldap/ACCOUNTS.md}).
 *
 * <p>Over the network it is read-only and answers searches only to bound clients: the
 * engine binds as a service account whose password is drawn at random at each start.
 * Tests may change entries through {@link #server()}.
 */
public final class EmbeddedDirectory implements AutoCloseable {

    public static final String BASE_DN = "dc=gflow,dc=gov,dc=la";
    public static final String USER_BASE = "ou=people," + BASE_DN;
    public static final String GROUP_BASE = "ou=groups," + BASE_DN;
    static final String SEED = "gflow/ldap/seed.ldif";
    private static final String LOCK_SCHEMA = "gflow/ldap/lock-schema.ldif";
    private static final String SERVICE_DN = "cn=gflow-service," + BASE_DN;

    private final InMemoryDirectoryServer server;
    private final int port;
    private final String servicePassword;
    private final List<String> demoUserIds;

    private EmbeddedDirectory(InMemoryDirectoryServer server, int port, String servicePassword, List<String> ids) {
        this.server = server;
        this.port = port;
        this.servicePassword = servicePassword;
        this.demoUserIds = ids;
    }

    /**
     * Starts the directory with the demo seed.
     *
     * @param port the loopback port to listen on; 0 picks a free one (kept across {@link #restart()})
     */
    public static EmbeddedDirectory start(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Not a TCP port: " + port);
        }
        int chosen = port == 0 ? freePort() : port;
        String password = randomPassword();
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setSchema(Schema.mergeSchemas(Schema.getDefaultStandardSchema(), schemaResource(LOCK_SCHEMA)));
            config.addAdditionalBindCredentials(SERVICE_DN, password);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", loopback(), chosen, null));
            config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE));
            config.setAllowedOperationTypes(EnumSet.of(
                    OperationType.BIND,
                    OperationType.SEARCH,
                    OperationType.COMPARE,
                    OperationType.EXTENDED,
                    OperationType.ABANDON,
                    OperationType.UNBIND));
            config.setEnforceSingleStructuralObjectClass(false);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            List<String> ids = load(server);
            server.startListening();
            return new EmbeddedDirectory(server, chosen, password, ids);
        } catch (LDAPException e) {
            throw new IllegalStateException(
                    "Cannot start the embedded directory on port " + chosen + ": " + e.getExceptionMessage(), e);
        }
    }

    /** Settings that point the identity provider at this directory. */
    public LdapSettings settings() {
        LdapSettings settings = new LdapSettings();
        settings.setUrl("ldap://127.0.0.1:" + port);
        settings.setBindDn(SERVICE_DN);
        settings.setBindPassword(servicePassword);
        settings.setUserBase(USER_BASE);
        settings.setGroupBase(GROUP_BASE);
        return settings;
    }

    /** Ids of every account of the demo seed; all of them have the password {@code demo}. */
    public List<String> demoUserIds() {
        return demoUserIds;
    }

    public int port() {
        return port;
    }

    /** The server itself, for tests that change entries behind the identity provider's back. */
    public InMemoryDirectoryServer server() {
        return server;
    }

    /** Stops answering (closes the listener and its connections); the data stays. */
    public void stop() {
        server.shutDown(true);
    }

    /** Listens again on the same port after {@link #stop()}. */
    public void restart() {
        try {
            server.startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException("Cannot restart the embedded directory on port " + port, e);
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }

    private static List<String> load(InMemoryDirectoryServer server) throws LDAPException {
        List<String> ids = new ArrayList<>();
        try (InputStream in = resource(SEED);
                LDIFReader reader = new LDIFReader(in)) {
            for (Entry entry = reader.readEntry(); entry != null; entry = reader.readEntry()) {
                server.add(entry);
                if (entry.hasObjectClass("inetOrgPerson")) {
                    ids.add(entry.getAttributeValue("uid"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SEED, e);
        } catch (LDIFException e) {
            throw new IllegalStateException("Malformed seed " + SEED + ": " + e.getExceptionMessage(), e);
        }
        return List.copyOf(ids);
    }

    private static Schema schemaResource(String name) {
        try (InputStream in = resource(name)) {
            return Schema.getSchema(in);
        } catch (IOException | LDIFException e) {
            throw new IllegalStateException("Cannot read schema " + name, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EmbeddedDirectory.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + name);
        }
        return in;
    }

    private static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(loopback(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
