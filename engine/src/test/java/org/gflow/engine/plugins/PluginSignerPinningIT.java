package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.GFlowApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A ministry's plugin is pinned to its signer in a running engine that requires signatures: an
 * update signed by another trusted signer is refused until an admin re-pins the plugin through
 * {@code /api/plugins/{name}/signer} over HTTP, and the pin survives a restart of the engine.
 * Starts engines of its own (a trust store and a restart cannot share the common test context).
 */
@Tag("own-engine")
class PluginSignerPinningIT {

    private static final String NAME = "pinned-echo";

    private static Path root;
    private static Path plugins;
    private static TestPki pki;
    private static TestBundles bundles;

    @BeforeAll
    static void makeCertificates() throws Exception {
        root = Files.createTempDirectory(
                Files.createDirectories(Path.of("target").toAbsolutePath()), "signer-pinning-");
        plugins = Files.createDirectories(root.resolve("data/plugins"));
        pki = new TestPki(Files.createDirectories(root.resolve("pki")))
                .selfSigned("ca", "CN=Lao Government Code Signing CA, C=LA", TestPki.CA)
                .issued("moic", "ca", "CN=MOIC IT, C=LA", TestPki.CODE_SIGNING)
                .issued("mof", "ca", "CN=MOF IT, C=LA", TestPki.CODE_SIGNING);
        pki.make();
        pki.writeTrustStore(root.resolve("plugin-trust.p12"), "ca");
        bundles = new TestBundles(Files.createDirectories(root.resolve("build")));
    }

    @Test
    void anotherSignersUpdateWaitsForTheAdminsRepinWhichOutlivesARestart() throws Exception {
        try (ConfigurableApplicationContext engine = startEngine()) {
            Api admin = Api.as(baseUrl(engine), "admin");

            // 1. the first trusted signer's jar is installed and its signer pinned
            drop("1.0.0", "moic");
            eventually(
                    "version 1 active",
                    () -> "1.0.0".equals(plugin(admin).path("version").asText()));
            Api.Reply pin = admin.get("/api/plugins/" + NAME + "/signer");
            assertThat(pin.status()).isEqualTo(200);
            assertThat(pin.text("fingerprint")).isEqualTo(PluginSigner.display(fingerprint("moic")));
            assertThat(pin.text("subject")).isEqualTo("CN=MOIC IT,C=LA");

            // 2. another trusted signer's update is refused, through the upload and in the directory
            Api.Reply upload = upload(admin, signedJar("2.0.0", "mof"));
            assertThat(upload.status()).isEqualTo(400);
            assertThat(upload.text("detail"))
                    .contains("pinned to signer 'CN=MOIC IT,C=LA'")
                    .contains("CN=MOF IT");
            drop("2.0.0", "mof");
            eventually(
                    "the update refused",
                    () -> plugin(admin).path("lastError").asText().contains("pinned to signer"));
            assertThat(plugin(admin).path("version").asText()).isEqualTo("1.0.0");
            assertThat(plugin(admin).path("state").asText()).isEqualTo("ACTIVE");

            // 3. only an admin re-pins, and only to a fingerprint
            Map<String, String> mof = Map.of("fingerprint", PluginSigner.display(fingerprint("mof")));
            assertThat(Api.as(baseUrl(engine), "phonsavanh.opm")
                            .post("/api/plugins/" + NAME + "/signer", mof)
                            .status())
                    .isEqualTo(403);
            Api.Reply bad = admin.post("/api/plugins/" + NAME + "/signer", Map.of("fingerprint", "MOF IT"));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.text("field")).isEqualTo("fingerprint");

            // 4. the admin pins the new signer: the waiting jar is installed at once
            Api.Reply repinned = admin.post("/api/plugins/" + NAME + "/signer", mof);
            assertThat(repinned.status()).isEqualTo(200);
            assertThat(repinned.text("pinnedBy")).isEqualTo("admin");
            JsonNode updated = plugin(admin);
            assertThat(updated.path("version").asText()).isEqualTo("2.0.0");
            assertThat(updated.path("state").asText()).isEqualTo("ACTIVE");
            assertThat(updated.path("lastError").isNull()
                            || updated.path("lastError").isMissingNode())
                    .isTrue();
        }

        // 5. after a restart the plugin is still pinned to the new signer: the old one is now refused
        try (ConfigurableApplicationContext engine = startEngine()) {
            Api admin = Api.as(baseUrl(engine), "admin");
            assertThat(admin.get("/api/plugins/" + NAME + "/signer").text("fingerprint"))
                    .isEqualTo(PluginSigner.display(fingerprint("mof")));
            eventually(
                    "version 2 active again",
                    () -> "2.0.0".equals(plugin(admin).path("version").asText()));

            drop("3.0.0", "moic");
            String pinnedToMof = "pinned to signer SHA-256 " + PluginSigner.display(fingerprint("mof"));
            eventually(
                    "the old signer refused",
                    () -> plugin(admin).path("lastError").asText().contains(pinnedToMof));
            assertThat(plugin(admin).path("version").asText()).isEqualTo("2.0.0");
        }
    }

    private static ConfigurableApplicationContext startEngine() {
        return new SpringApplicationBuilder(GFlowApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--gflow.data-dir=" + root.resolve("data"),
                        "--gflow.db.url=jdbc:h2:file:" + root.resolve("data/gflow") + ";LOCK_TIMEOUT=10000",
                        "--gflow.plugins.install-bundled=false",
                        "--gflow.plugins.require-signature=true",
                        "--gflow.plugins.trust-store=" + root.resolve("plugin-trust.p12"),
                        "--gflow.plugins.trust-store-password=changeit");
    }

    private static String baseUrl(ConfigurableApplicationContext engine) {
        return "http://localhost:" + engine.getEnvironment().getProperty("local.server.port");
    }

    private static JsonNode plugin(Api admin) {
        return admin.get("/api/plugins/" + NAME).json();
    }

    private static String fingerprint(String alias) throws Exception {
        return PluginSigner.of(pki.certificate(alias)).fingerprint();
    }

    private static Path signedJar(String version, String alias) throws Exception {
        return pki.signer(alias)
                .sign(bundles.echo(NAME + "-" + version + ".jar", NAME, version, "test.pinned", version));
    }

    /** Puts the signed jar into the plugins directory at once, as a careful operator's copy would. */
    private static void drop(String version, String alias) throws Exception {
        Path jar = signedJar(version, alias);
        Path staged = Files.copy(jar, plugins.resolve("." + NAME + ".tmp"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(
                staged,
                plugins.resolve(NAME + ".jar"),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static Api.Reply upload(Api admin, Path jar) throws Exception {
        String boundary = "gflow-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + jar.getFileName() + "\"\r\nContent-Type: application/java-archive\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(jar));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return admin.postRaw("/api/plugins", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }
}
