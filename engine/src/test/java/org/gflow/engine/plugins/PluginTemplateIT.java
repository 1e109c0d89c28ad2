package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.gflow.engine.Api;
import org.gflow.engine.GFlowApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A ministry's plugin built from {@code plugins/template} (its jar as the build made it), configured
 * through the engine's properties with an environment variable overriding one of them and the
 * secret from the environment, dropped into the plugins directory of a running engine, serving its
 * topic in a case; its messages served to the web app; copies of it without their required
 * settings, or with the secret in a file, refused with the reason. Starts an engine of its own: the
 * environment it needs cannot be the shared test engine's.
 */
@Tag("own-engine")
class PluginTemplateIT {

    private static final Path TEMPLATE_JAR = Path.of("target/test-plugins/ministry-template.jar");
    private static final String NAME = "ministry-template";
    private static final String SEAL_KEY = "seal-key-from-the-environment";

    private static Path root;
    private static Path plugins;

    @BeforeAll
    static void directories() throws Exception {
        root = Files.createTempDirectory(
                Files.createDirectories(Path.of("target").toAbsolutePath()), "plugin-template-");
        plugins = Files.createDirectories(root.resolve("data/plugins"));
    }

    @Test
    void theTemplatesPluginIsConfiguredInstalledAndServesItsTopicInACase() throws Exception {
        try (ConfigurableApplicationContext engine = startEngine()) {
            Api admin = Api.as(baseUrl(engine), "admin");

            // 1. the jar dropped into the directory is installed with its settings and started
            drop(TEMPLATE_JAR, NAME);
            eventually(
                    "the template plugin active",
                    () -> "ACTIVE".equals(plugin(admin, NAME).path("state").asText()));
            assertThat(plugin(admin, NAME).path("settings").toString())
                    .isEqualTo("[\"office-code\",\"seal-key\",\"serial-digits\"]");
            assertThat(plugin(admin, NAME).toString()).doesNotContain(SEAL_KEY);

            // 2. a case calls its topic: the office code is the environment's (MPWT, not the file's
            //    MOIC), the serial limit the file's (5 digits), the seal made with the secret key
            assertThat(check(engine, "MPWT-12345"))
                    .containsEntry("referenceValid", true)
                    .containsEntry("referenceNote", "ເລກອ້າງອີງຖືກຕ້ອງ")
                    .containsEntry("referenceSeal", hmac(SEAL_KEY, "MPWT-12345"));
            assertThat(check(engine, "MOIC-12345")).containsEntry("referenceValid", false);
            assertThat(check(engine, "MPWT-123456"))
                    .containsEntry("referenceValid", false)
                    .containsEntry("referenceNote", "ເລກອ້າງອີງບໍ່ຖືກຕ້ອງ");

            // 3. its texts are served to the web app, in Lao by default and in English, and fill its form
            String deployment = engine.getBean(RepositoryService.class)
                    .createDeploymentQuery()
                    .deploymentName("plugin:" + NAME)
                    .singleResult()
                    .getId();
            try (InputStream form = engine.getBean(RepositoryService.class)
                    .getResourceAsStream(deployment, "template-reference.form")) {
                assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                        .contains("\"label\" : \"ເລກອ້າງອີງ\"")
                        .contains("\"description\" : \"Reference number\"");
            }
            Api anyone = Api.anonymous(baseUrl(engine));
            assertThat(anyone.get("/api/public/plugins/" + NAME + "/messages").text("reference.valid"))
                    .isEqualTo("ເລກອ້າງອີງຖືກຕ້ອງ");
            assertThat(anyone.get("/api/public/plugins/" + NAME + "/messages?lang=en")
                            .text("reference.valid"))
                    .isEqualTo("The reference is valid");

            // 4. the same plugin under a name nobody configured is refused, and says what to set
            drop(renamed("ministry-template-bare"), "ministry-template-bare");
            eventually(
                    "the bare copy refused",
                    () -> plugin(admin, "ministry-template-bare")
                            .path("state")
                            .asText()
                            .equals("FAILED"));
            assertThat(plugin(admin, "ministry-template-bare").path("lastError").asText())
                    .contains("required setting 'office-code' is missing")
                    .contains("gflow.plugins.config.ministry-template-bare.office-code")
                    .contains("GFLOW_PLUGINS_CONFIG_MINISTRY_TEMPLATE_BARE_SEAL_KEY");

            // 5. a copy whose secret sits in the configuration file is refused without showing it
            drop(renamed("ministry-template-leaky"), "ministry-template-leaky");
            eventually(
                    "the leaky copy refused",
                    () -> plugin(admin, "ministry-template-leaky")
                            .path("state")
                            .asText()
                            .equals("FAILED"));
            assertThat(plugin(admin, "ministry-template-leaky")
                            .path("lastError")
                            .asText())
                    .contains("secret setting 'seal-key' must come from the environment variable")
                    .doesNotContain("written-in-a-file");

            // 6. the refusals touched nothing else: the template still serves its topic
            assertThat(check(engine, "MPWT-1")).containsEntry("referenceValid", true);
        }
    }

    private static ConfigurableApplicationContext startEngine() {
        Map<String, Object> environment = new HashMap<>(System.getenv());
        environment.put("GFLOW_PLUGINS_CONFIG_MINISTRY_TEMPLATE_OFFICE_CODE", "MPWT");
        environment.put("GFLOW_PLUGINS_CONFIG_MINISTRY_TEMPLATE_SEAL_KEY", SEAL_KEY);
        environment.put("GFLOW_PLUGINS_CONFIG_MINISTRY_TEMPLATE_LEAKY_OFFICE_CODE", "MPWT");
        return new SpringApplicationBuilder(GFlowApplication.class)
                .profiles("test")
                // as application.yaml would set them: the lowest precedence, below environment variables
                .properties(
                        "gflow.plugins.config.ministry-template.office-code=MOIC",
                        "gflow.plugins.config.ministry-template.serial-digits=5",
                        "gflow.plugins.config.ministry-template-leaky.seal-key=written-in-a-file")
                // the process environment this engine sees, as the operator's service definition would set it
                .initializers(context -> context.getEnvironment()
                        .getPropertySources()
                        .replace(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                new SystemEnvironmentPropertySource(
                                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)))
                .run(
                        "--server.port=0",
                        "--gflow.data-dir=" + root.resolve("data"),
                        "--gflow.db.url=jdbc:h2:file:" + root.resolve("data/gflow") + ";LOCK_TIMEOUT=10000",
                        "--gflow.plugins.install-bundled=false");
    }

    /** Runs a case through a service task on the template's topic and returns its variables. */
    private static Map<String, Object> check(ConfigurableApplicationContext engine, String referenceNumber) {
        RepositoryService repository = engine.getBean(RepositoryService.class);
        if (repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("it-reference-check")
                        .count()
                == 0) {
            repository
                    .createDeployment()
                    .name("it-reference-check")
                    .addModelInstance(
                            "it-reference-check.bpmn",
                            Bpmn.createExecutableProcess("it-reference-check")
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent()
                                    .serviceTask("check")
                                    .camundaExternalTask("template.reference-check")
                                    .endEvent()
                                    .done())
                    .deploy();
        }
        RuntimeService runtime = engine.getBean(RuntimeService.class);
        String id = runtime.startProcessInstanceByKey("it-reference-check", Map.of("referenceNumber", referenceNumber))
                .getId();
        eventually(
                "the reference check of " + referenceNumber + " done",
                () -> runtime.createProcessInstanceQuery().processInstanceId(id).count() == 0);
        Map<String, Object> variables = new HashMap<>();
        engine.getBean(HistoryService.class)
                .createHistoricVariableInstanceQuery()
                .processInstanceId(id)
                .list()
                .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
        return variables;
    }

    private static String baseUrl(ConfigurableApplicationContext engine) {
        return "http://localhost:" + engine.getEnvironment().getProperty("local.server.port");
    }

    private static JsonNode plugin(Api admin, String name) {
        return admin.get("/api/plugins/" + name).json();
    }

    /** The template's jar with another symbolic name: another plugin, with settings of its own. */
    private static Path renamed(String symbolicName) throws Exception {
        Path copy = root.resolve(symbolicName + ".jar");
        try (JarInputStream in = new JarInputStream(Files.newInputStream(TEMPLATE_JAR))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
            try (OutputStream file = Files.newOutputStream(copy);
                    JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return copy;
    }

    /** Puts the jar into the plugins directory at once, as a careful operator's copy would. */
    private static void drop(Path jar, String name) throws Exception {
        Path staged = Files.copy(jar, plugins.resolve("." + name + ".tmp"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(
                staged,
                plugins.resolve(name + ".jar"),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static String hmac(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
