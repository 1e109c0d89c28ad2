package org.gflow.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.RootDSE;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a network partition every pooled connection is silently dead. The first request after
 * the network heals must be answered anyway, for reads and for password checks alike.
 */
class PartitionRecoveryTest {

    private static final String BASE = "dc=partition,dc=la";
    private static final String PASSWORD = "ລະຫັດ";
    /**
     * How long a request may go unanswered before its connection counts as dead. Only a partition
     * should reach it, never a slow answer on a busy machine: a request during the partition waits
     * this long, so it is seconds, not milliseconds.
     */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);
    /** A ceiling for the test's own waits (threads meeting at the gate), never reached when it passes. */
    private static final long CEILING_SECONDS = 120;

    private final BindGate gate = new BindGate();
    private InMemoryDirectoryServer server;
    private PartitioningProxy proxy;
    private LdapDirectory directory;
    private Authenticator authenticator;

    /** Holds users' binds inside the server until released, so two of them are in flight at once. */
    private static final class BindGate extends InMemoryOperationInterceptor {
        private volatile CountDownLatch arrived;
        private final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) {
            CountDownLatch waiting = arrived;
            if (waiting != null && request.getRequest().getBindDN().startsWith("uid=")) {
                waiting.countDown();
                try {
                    release.await(CEILING_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @BeforeEach
    void start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials("cn=service," + BASE, "secret");
        config.addInMemoryOperationInterceptor(gate);
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: domain", "dc: partition");
        server.add(
                "dn: uid=keo," + BASE,
                "objectClass: inetOrgPerson",
                "uid: keo",
                "cn: Keo",
                "sn: ແກ້ວ",
                "userPassword: " + PASSWORD);
        server.startListening();
        proxy = new PartitioningProxy(server.getListenPort());
        LdapSettings settings = new LdapSettings();
        settings.setUrl("ldap://127.0.0.1:" + proxy.port());
        settings.setBindDn("cn=service," + BASE);
        settings.setBindPassword("secret");
        settings.setUserBase(BASE);
        settings.setGroupBase(BASE);
        settings.setResponseTimeout(RESPONSE_TIMEOUT);
        settings.setConnectTimeout(RESPONSE_TIMEOUT);
        directory = new LdapDirectory(settings);
        authenticator = new Authenticator(new DirectorySearch(directory));
    }

    @AfterEach
    void stop() {
        directory.close();
        proxy.close();
        server.shutDown(true);
    }

    @Test
    void readsRecover() {
        // 1. three nested reads make the read pool hold three connections
        int held = directory.read(a -> directory.read(b -> directory.read(c -> 3)));
        assertThat(held).isEqualTo(3);
        // 2. the network drops everything: requests time out and are reported as an outage
        proxy.partition();
        assertThatThrownBy(() -> directory.read(LDAPConnection::getRootDSE))
                .isInstanceOf(DirectoryUnavailableException.class);
        // 3. the network is back; the pooled connections are dead but the next read is answered
        proxy.heal();
        RootDSE root = directory.read(LDAPConnection::getRootDSE);
        assertThat(root).isNotNull();
    }

    @Test
    void passwordChecksRecover() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // 1. two logins are held inside the server at the same time: the bind pool opens two connections
            gate.arrived = new CountDownLatch(2);
            Future<Boolean> first = threads.submit(() -> authenticator.authenticate("keo", PASSWORD));
            Future<Boolean> second = threads.submit(() -> authenticator.authenticate("keo", PASSWORD));
            assertThat(gate.arrived.await(CEILING_SECONDS, TimeUnit.SECONDS))
                    .as("both binds in flight")
                    .isTrue();
            gate.arrived = null;
            gate.release.countDown();
            assertThat(first.get(CEILING_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(CEILING_SECONDS, TimeUnit.SECONDS)).isTrue();
        } finally {
            threads.shutdownNow();
        }
        // 2. a partition comes and goes while nobody logs in; both bind connections are now dead
        proxy.partition();
        proxy.heal();
        // 3. the next logins are answered, neither reports an outage
        assertThat(authenticator.authenticate("keo", PASSWORD)).isTrue();
        assertThat(authenticator.authenticate("keo", "wrong")).isFalse();
        assertThat(authenticator.authenticate("keo", PASSWORD)).isTrue();
    }
}
