package org.gflow.ldap;

import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.GetEntryLDAPConnectionPoolHealthCheck;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPConnectionPoolStatistics;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.ldap.sdk.StartTLSPostConnectProcessor;
import com.unboundid.ldap.sdk.controls.ServerSideSortRequestControl;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door to the directory: a pool of connections bound as the service account, with
 * health checks, timeouts and TLS, through which every read goes.
 *
 * <p>The pool is created even when the directory is down (no connection is opened up front)
 * and opens connections on demand, so a directory that comes back later is used without a
 * new pool. A failure to reach the directory surfaces as {@link DirectoryUnavailableException}.
 */
public class LdapDirectory implements AutoCloseable {

    /** A unit of work on a pooled, service-bound connection. */
    @FunctionalInterface
    public interface Operation<T> {
        T run(LDAPConnection connection) throws LDAPException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(LdapDirectory.class);
    private static final long HEALTH_CHECK_INTERVAL_MILLIS = 30_000;

    private final LdapSettings settings;
    private final Clock clock;
    private final SingleServerSet servers;
    private final SSLContext startTlsContext;
    private final LDAPConnectionPool pool;
    private final LDAPConnectionPool bindPool;
    private volatile Boolean serverSideSort;
    private final AtomicBoolean down = new AtomicBoolean();

    public LdapDirectory(LdapSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock drives cache expiry; tests pass a controllable one */
    public LdapDirectory(LdapSettings settings, Clock clock) {
        settings.validate();
        this.settings = settings;
        this.clock = Objects.requireNonNull(clock);
        try {
            LDAPURL url = new LDAPURL(settings.getUrl());
            boolean ldaps = "ldaps".equalsIgnoreCase(url.getScheme());
            SocketFactory sockets = ldaps ? TlsContexts.create(settings).getSocketFactory() : null;
            this.startTlsContext = settings.isStartTls() ? TlsContexts.create(settings) : null;
            this.servers =
                    new SingleServerSet(url.getHost(), url.getPort(), sockets, connectionOptions(settings, ldaps));
            this.pool = createPool(serviceBind(settings));
            this.bindPool = createPool(null);
        } catch (LDAPException e) {
            throw new IllegalArgumentException("gflow.ldap.url is not a valid LDAP URL: " + settings.getUrl(), e);
        }
    }

    private static BindRequest serviceBind(LdapSettings settings) {
        return settings.getBindDn() == null
                ? null
                : new SimpleBindRequest(settings.getBindDn(), settings.getBindPassword());
    }

    /**
     * @param bind the service account for the read pool; null for the pool of connections that
     *     only ever carry users' password checks (each check rebinds the connection)
     */
    private LDAPConnectionPool createPool(BindRequest bind) throws LDAPException {
        StartTLSPostConnectProcessor startTls =
                startTlsContext == null ? null : new StartTLSPostConnectProcessor(startTlsContext);
        // No initial connections and no failure when the directory is down: the pool must exist
        // (and the engine start) before the directory answers.
        LDAPConnectionPool created = new LDAPConnectionPool(servers, bind, 0, settings.getPoolSize(), startTls, false);
        created.setConnectionPoolName(bind == null ? "gflow-ldap-password-checks" : "gflow-ldap");
        created.setCreateIfNecessary(true);
        created.setMaxWaitTimeMillis(settings.getConnectTimeout().toMillis());
        created.setRetryFailedOperationsDueToInvalidConnections(true);
        if (bind != null) {
            // root DSE read in the background and after a failed operation, not on every checkout
            created.setHealthCheck(new GetEntryLDAPConnectionPoolHealthCheck(
                    "", settings.getResponseTimeout().toMillis(), false, false, false, true, true));
            created.setHealthCheckIntervalMillis(HEALTH_CHECK_INTERVAL_MILLIS);
        }
        return created;
    }

    private static LDAPConnectionOptions connectionOptions(LdapSettings settings, boolean verifyHostName) {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis((int) settings.getConnectTimeout().toMillis());
        options.setResponseTimeoutMillis(settings.getResponseTimeout().toMillis());
        options.setAbandonOnTimeout(true);
        if (verifyHostName || settings.isStartTls()) {
            options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        }
        return options;
    }

    public LdapSettings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    /** The live statistics of both pools, by pool name, for the engine's operator figures. */
    public Map<String, LDAPConnectionPoolStatistics> poolStatistics() {
        return Map.of(
                pool.getConnectionPoolName(),
                pool.getConnectionPoolStatistics(),
                bindPool.getConnectionPoolName(),
                bindPool.getConnectionPoolStatistics());
    }

    /**
     * Runs {@code operation} on a pooled connection bound as the service account.
     *
     * @throws DirectoryUnavailableException if the directory cannot be reached
     */
    public <T> T read(Operation<T> operation) {
        try {
            return attempt(checkOut(), operation);
        } catch (LDAPException first) {
            if (!isOutage(first)) {
                throw failed(first);
            }
            // Idle connections may have died in an outage the pool has not noticed yet: check them
            // all now, then try once more, so a directory that is back answers at the first request.
            pool.invokeHealthCheck(pool.getHealthCheck(), false);
            try {
                return attempt(checkOut(), operation);
            } catch (LDAPException second) {
                throw isOutage(second) ? unavailable(second) : failed(second);
            }
        }
    }

    private LDAPConnection checkOut() {
        try {
            return pool.getConnection();
        } catch (LDAPException e) {
            if (isOutage(e)) {
                throw unavailable(e);
            }
            // reachable but refusing the service account: a configuration error, not an outage
            throw new IllegalStateException(
                    "The directory refuses the service account " + settings.getBindDn() + " (" + e.getResultCode()
                            + "); check gflow.ldap.bind-dn and gflow.ldap.bind-password",
                    e);
        }
    }

    private <T> T attempt(LDAPConnection connection, Operation<T> operation) throws LDAPException {
        try {
            T result = operation.run(connection);
            pool.releaseConnection(connection);
            markUp();
            return result;
        } catch (LDAPException e) {
            if (isOutage(e)) {
                pool.releaseDefunctConnection(connection);
            } else {
                pool.releaseConnection(connection);
            }
            throw e;
        } catch (RuntimeException e) {
            pool.releaseConnection(connection);
            throw e;
        }
    }

    private static IllegalStateException failed(LDAPException e) {
        return new IllegalStateException("LDAP request failed: " + e.getExceptionMessage(), e);
    }

    /**
     * Tries a simple bind as {@code dn} on a connection of a separate pool that is used for
     * nothing else, so that the read pool's connections stay bound as the service account and a
     * user's identity never leaks into a directory read.
     *
     * @return true only if the directory accepted the password
     */
    public boolean bindSucceeds(String dn, String password) {
        if (dn == null || dn.isEmpty() || password == null || password.isEmpty()) {
            return false; // an empty password would be an anonymous bind, which "succeeds"
        }
        try {
            // a pool-level bind: on a connection that died unnoticed (an outage, a partition) the
            // pool retries once on a new connection
            boolean accepted =
                    bindPool.bind(new SimpleBindRequest(dn, password)).getResultCode() == ResultCode.SUCCESS;
            markUp();
            return accepted;
        } catch (LDAPException e) {
            if (isOutage(e)) {
                throw unavailable(e);
            }
            markUp();
            return false; // invalid credentials, locked by the server's policy, ...: all the same to callers
        }
    }

    /**
     * Whether the server announces the server-side sort control; read from the root DSE when
     * first needed and remembered.
     */
    public boolean supportsServerSideSort() {
        Boolean known = serverSideSort;
        if (known == null) {
            RootDSE root = read(LDAPConnection::getRootDSE);
            known = root != null && root.supportsControl(ServerSideSortRequestControl.SERVER_SIDE_SORT_REQUEST_OID);
            serverSideSort = known;
        }
        return known;
    }

    static boolean isOutage(LDAPException e) {
        ResultCode code = e.getResultCode();
        return !code.isConnectionUsable()
                || code == ResultCode.UNAVAILABLE
                || code == ResultCode.BUSY
                || code == ResultCode.TIMEOUT
                || code == ResultCode.CONNECT_ERROR
                || code == ResultCode.SERVER_DOWN;
    }

    /** Logs the end of an outage, once. */
    private void markUp() {
        if (down.compareAndSet(true, false)) {
            LOG.info("The directory at {} answers again", settings.getUrl());
        }
    }

    /** Logs the start of an outage once, not at every failed request. */
    private DirectoryUnavailableException unavailable(LDAPException e) {
        if (down.compareAndSet(false, true)) {
            LOG.warn("The directory at {} is unavailable: {}", settings.getUrl(), e.getExceptionMessage());
        }
        return new DirectoryUnavailableException(
                "The directory at " + settings.getUrl() + " is unavailable: " + e.getResultCode(), e);
    }

    @Override
    public void close() {
        pool.close();
        bindPool.close();
    }
}
