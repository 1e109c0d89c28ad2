package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Pins in the engine's database, created by the engine's own migrations, outlive the store that wrote them. */
class JdbcPluginSignerPinsTest {

    private static final PluginSigner MOIC = new PluginSigner("A".repeat(64), "CN=MOIC IT,C=LA");
    private static final PluginSigner MOF = new PluginSigner("B".repeat(64), "CN=MOF IT,C=LA");

    private DriverManagerDataSource database;

    @BeforeEach
    void migrate() {
        database = new DriverManagerDataSource("jdbc:h2:mem:pins-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/gflow").table("gflow_schema_history")
            .placeholderReplacement(false).load().migrate();
    }

    private JdbcPluginSignerPins pins() {
        return new JdbcPluginSignerPins(new JdbcTemplate(database));
    }

    @Test
    void theFirstSignerIsPinnedAndKeptForTheNextStoreOnTheSameDatabase() {
        assertThat(pins().pinIfAbsent("moic-business-licence", MOIC).fingerprint()).isEqualTo(MOIC.fingerprint());
        assertThat(pins().pinIfAbsent("moic-business-licence", MOF).fingerprint()).as("the pin in force").isEqualTo(MOIC.fingerprint());

        SignerPin afterRestart = pins().pinOf("moic-business-licence").orElseThrow();
        assertThat(afterRestart.subject()).isEqualTo("CN=MOIC IT,C=LA");
        assertThat(afterRestart.pinnedBy()).isNull();
        assertThat(afterRestart.matches(MOIC)).isTrue();
    }

    @Test
    void anAdminRepinsByFingerprintAndMayForgetThePin() {
        pins().pinIfAbsent("opm-hotline", MOIC);

        SignerPin repinned = pins().pin("opm-hotline", PluginSigner.display(MOF.fingerprint()).toLowerCase(), "admin");

        assertThat(repinned.matches(MOF)).isTrue();
        assertThat(repinned.pinnedBy()).isEqualTo("admin");
        assertThat(pins().pinOf("opm-hotline").orElseThrow().matches(MOF)).isTrue();
        assertThat(pins().unpin("opm-hotline")).isTrue();
        assertThat(pins().pinOf("opm-hotline")).isEmpty();
        assertThat(pins().unpin("opm-hotline")).isFalse();
    }

    @Test
    void aPluginNotInstalledYetCanBePinnedAhead() {
        assertThat(pins().pin("mof-payment", MOF.fingerprint(), "admin").subject()).isNull();
        assertThat(pins().pinIfAbsent("mof-payment", MOIC).matches(MOF)).isTrue();
    }

    @Test
    void somethingThatIsNotAFingerprintIsRefused() {
        assertThatThrownBy(() -> pins().pin("mof-payment", "not-a-fingerprint", "admin"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 hex digits");
    }
}
