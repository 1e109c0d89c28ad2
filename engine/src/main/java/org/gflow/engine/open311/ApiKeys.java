package org.gflow.engine.open311;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gflow.engine.errors.BadRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The API keys of apps that file complaints through Open311. A key is random (192 bits) and shown
 * once when issued; only its SHA-256 is kept — a key that long needs no slow hash to resist
 * guessing — so the table read by anyone cannot be used to file. A revoked key stays on record so
 * the complaints it filed still name their app.
 */
@Component
public class ApiKeys {

    /** A key as the admin page lists it: never its secret. */
    @Schema(name = "Open311Key")
    public record Key(String id, String name, String createdBy, Instant createdAt, Instant revokedAt) {}

    /** A key just issued: the only time its secret is shown. */
    @Schema(name = "Open311IssuedKey")
    public record Issued(String id, String name, String apiKey) {}

    /** The app a valid key belongs to. */
    record App(String keyId, String name) {}

    static final int MAX_NAME = 80;
    private static final String PREFIX = "g311_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    ApiKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a key for the app of this name. */
    public Issued issue(String appName, String issuedBy) {
        String name = appName == null ? "" : appName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BadRequestException(
                    "name", "Name the app the key is for, in at most " + MAX_NAME + " characters.");
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into gflow_open311_key (id, name, secret_hash, created_by, created_at) values (?, ?, ?, ?, ?)",
                id,
                name,
                hash(secret),
                issuedBy,
                Timestamp.from(Instant.now()));
        return new Issued(id, name, secret);
    }

    /** Every key ever issued, newest first, without secrets. */
    public List<Key> list() {
        return jdbc.query(
                "select id, name, created_by, created_at, revoked_at from gflow_open311_key order by created_at desc",
                (rs, n) -> new Key(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("revoked_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)));
    }

    /** Revokes a key: apps holding it can no longer file. False when there is no such key. */
    public boolean revoke(String id) {
        int known = jdbc.queryForObject("select count(*) from gflow_open311_key where id = ?", Integer.class, id);
        if (known == 0) {
            return false;
        }
        jdbc.update(
                "update gflow_open311_key set revoked_at = ? where id = ? and revoked_at is null",
                Timestamp.from(Instant.now()),
                id);
        return true;
    }

    /** The app holding this key, while the key is not revoked. */
    Optional<App> app(String apiKey) {
        if (apiKey == null || !apiKey.startsWith(PREFIX) || apiKey.length() > 100) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "select id, name from gflow_open311_key where secret_hash = ? and revoked_at is null",
                        (rs, n) -> new App(rs.getString("id"), rs.getString("name")),
                        hash(apiKey))
                .stream()
                .findFirst();
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
