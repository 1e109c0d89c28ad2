package org.gflow.engine.plugins;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pins in table {@code gflow_plugin_signer}. Two nodes pinning the same plugin at once: the primary
 * key lets one insert win, and both then read the winner's pin.
 */
public final class JdbcPluginSignerPins implements PluginSignerPins {

    private static final String COLUMNS = "symbolic_name, fingerprint, subject, pinned_at, pinned_by";

    private final JdbcTemplate jdbc;

    public JdbcPluginSignerPins(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SignerPin> pinOf(String symbolicName) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from gflow_plugin_signer where symbolic_name = ?",
                        JdbcPluginSignerPins::pin,
                        symbolicName)
                .stream()
                .findFirst();
    }

    @Override
    public SignerPin pinIfAbsent(String symbolicName, PluginSigner signer) {
        Optional<SignerPin> existing = pinOf(symbolicName);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            insert(symbolicName, signer.fingerprint(), signer.subject(), null);
        } catch (DataIntegrityViolationException pinnedMeanwhile) {
            // another node pinned it first: its pin is the one in force
        }
        return pinOf(symbolicName).orElseThrow();
    }

    @Override
    public SignerPin pin(String symbolicName, String fingerprint, String admin) {
        String normalised = PluginSigner.normalise(fingerprint);
        int updated = jdbc.update(
                "update gflow_plugin_signer set fingerprint = ?, subject = null, pinned_at = ?, pinned_by = ? "
                        + "where symbolic_name = ?",
                normalised,
                Timestamp.from(Instant.now()),
                admin,
                symbolicName);
        if (updated == 0) {
            try {
                insert(symbolicName, normalised, null, admin);
            } catch (DataIntegrityViolationException pinnedMeanwhile) {
                return pin(symbolicName, fingerprint, admin);
            }
        }
        return pinOf(symbolicName).orElseThrow();
    }

    @Override
    public boolean unpin(String symbolicName) {
        return jdbc.update("delete from gflow_plugin_signer where symbolic_name = ?", symbolicName) > 0;
    }

    private void insert(String symbolicName, String fingerprint, String subject, String admin) {
        jdbc.update(
                "insert into gflow_plugin_signer (" + COLUMNS + ") values (?, ?, ?, ?, ?)",
                symbolicName,
                fingerprint,
                subject,
                Timestamp.from(Instant.now()),
                admin);
    }

    private static SignerPin pin(ResultSet row, int rowNumber) throws SQLException {
        return new SignerPin(
                row.getString("symbolic_name"),
                row.getString("fingerprint"),
                row.getString("subject"),
                row.getTimestamp("pinned_at").toInstant(),
                row.getString("pinned_by"));
    }
}
