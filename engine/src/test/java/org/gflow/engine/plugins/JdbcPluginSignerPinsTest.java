package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.gflow.engine.testing.GFlowDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Pins in the engine's database, in the table its own migrations create: they outlive the store
 * that wrote them, and two nodes pinning at once agree. On H2 here; {@link JdbcPluginSignerPinsPostgresIT}
 * runs the same on PostgreSQL.
 */
class JdbcPluginSignerPinsTest {

    private static final PluginSigner MOIC = new PluginSigner("A".repeat(64), "CN=MOIC IT,C=LA");
    private static final PluginSigner MOF = new PluginSigner("B".repeat(64), "CN=MOF IT,C=LA");

    private DataSource database;
    private String plugin;

    /** A database with the engine's migrations applied. */
    protected DataSource database() {
        return new DriverManagerDataSource(
                "jdbc:h2:mem:pins-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
    }

    @BeforeEach
    void migrate() {
        database = GFlowDatabase.migrate(database());
        plugin = "moic-business-licence-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JdbcPluginSignerPins pins() {
        return new JdbcPluginSignerPins(new JdbcTemplate(database));
    }

    @Test
    void theFirstSignerIsPinnedAndKeptForTheNextStoreOnTheSameDatabase() {
        assertThat(pins().pinIfAbsent(plugin, MOIC).fingerprint()).isEqualTo(MOIC.fingerprint());
        assertThat(pins().pinIfAbsent(plugin, MOF).fingerprint())
                .as("the pin in force")
                .isEqualTo(MOIC.fingerprint());

        SignerPin afterRestart = pins().pinOf(plugin).orElseThrow();
        assertThat(afterRestart.subject()).isEqualTo("CN=MOIC IT,C=LA");
        assertThat(afterRestart.pinnedBy()).isNull();
        assertThat(afterRestart.matches(MOIC)).isTrue();
    }

    @Test
    void anAdminRepinsByFingerprintAndMayForgetThePin() {
        pins().pinIfAbsent(plugin, MOIC);

        SignerPin repinned =
                pins().pin(plugin, PluginSigner.display(MOF.fingerprint()).toLowerCase(), "admin");

        assertThat(repinned.matches(MOF)).isTrue();
        assertThat(repinned.pinnedBy()).isEqualTo("admin");
        assertThat(pins().pinOf(plugin).orElseThrow().matches(MOF)).isTrue();
        assertThat(pins().unpin(plugin)).isTrue();
        assertThat(pins().pinOf(plugin)).isEmpty();
        assertThat(pins().unpin(plugin)).isFalse();
    }

    @Test
    void aPluginNotInstalledYetCanBePinnedAhead() {
        assertThat(pins().pin(plugin, MOF.fingerprint(), "admin").subject()).isNull();
        assertThat(pins().pinIfAbsent(plugin, MOIC).matches(MOF)).isTrue();
    }

    @Test
    void somethingThatIsNotAFingerprintIsRefused() {
        assertThatThrownBy(() -> pins().pin(plugin, "not-a-fingerprint", "admin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hex digits");
    }

    @Test
    void twoNodesPinningAtOnceAgreeOnOneSigner() throws Exception {
        // 1. two nodes, each with its own store, install the same plugin signed by different signers
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<SignerPin>> pinned = List.of(MOIC, MOF).stream()
                    .map(signer -> nodes.submit(() -> {
                        start.await();
                        return pins().pinIfAbsent(plugin, signer);
                    }))
                    .toList();
            // 2. released together, both see the one pin that won
            start.countDown();
            SignerPin first = pinned.get(0).get();
            SignerPin second = pinned.get(1).get();
            assertThat(first.fingerprint()).isEqualTo(second.fingerprint());
            assertThat(pins().pinOf(plugin).orElseThrow().fingerprint()).isEqualTo(first.fingerprint());
        } finally {
            nodes.shutdownNow();
        }
    }
}
