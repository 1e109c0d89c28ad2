package org.gflow.engine.plugins;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.EmbeddedResource;
import aQute.bnd.osgi.Jar;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gflow.plugin.api.Integration;
import org.osgi.framework.BundleActivator;

/**
 * Builds real plugin bundles in a test with bnd, from the fixture classes compiled with the
 * tests. Imports are computed by bnd as for a real plugin.
 */
public final class TestBundles {

    private final Path directory;

    public TestBundles(Path directory) {
        this.directory = directory;
    }

    /** A plugin serving {@code topic} that answers {@code reply = <reply>}. */
    public Path echo(String fileName, String symbolicName, String version, String topic, String reply)
            throws Exception {
        return echoWithResources(fileName, symbolicName, version, topic, reply, Map.of());
    }

    /**
     * The echo plugin whose calls each wait for a permit of the gate the test registered under
     * {@code gate} (see {@code EchoActivator}).
     */
    public Path gatedEcho(String fileName, String symbolicName, String version, String topic, String reply, String gate)
            throws Exception {
        return build(fileName, symbolicName, version, echoHeaders(topic, reply, Map.of("X-Echo-Gate", gate)), Map.of());
    }

    /** The echo plugin with resources, e.g. {@code gflow/forms/x.form}. */
    public Path echoWithResources(
            String fileName,
            String symbolicName,
            String version,
            String topic,
            String reply,
            Map<String, String> resources)
            throws Exception {
        return build(fileName, symbolicName, version, echoHeaders(topic, reply, Map.of()), resources);
    }

    private static Map<String, String> echoHeaders(String topic, String reply, Map<String, String> more) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-Activator", "org.gflow.engine.plugins.fixtures.echo.EchoActivator");
        headers.put("Private-Package", "org.gflow.engine.plugins.fixtures.echo");
        headers.put("X-Echo-Topic", topic);
        headers.put("X-Echo-Reply", reply);
        headers.putAll(more);
        return headers;
    }

    /**
     * A plugin without activator whose factories (classes of {@code fixtures.declared}) are listed in
     * {@code META-INF/services}, with these further resources (e.g. its settings declaration).
     */
    public Path declared(
            String fileName,
            String symbolicName,
            String version,
            java.util.List<String> factories,
            Map<String, String> resources)
            throws Exception {
        Map<String, String> all = new LinkedHashMap<>(resources);
        all.put(
                org.gflow.plugin.api.PluginResources.INTEGRATION_FACTORIES,
                factories.stream()
                        .map(name -> "org.gflow.engine.plugins.fixtures.declared." + name + "\n")
                        .reduce("# factories\n", String::concat));
        return build(
                fileName,
                symbolicName,
                version,
                Map.of("Private-Package", "org.gflow.engine.plugins.fixtures.declared"),
                all);
    }

    /**
     * A ministry's SMS provider as a plugin ({@code fixtures.sms.HttpSmsGatewayFactory}, listed in
     * {@code META-INF/services}), with its settings declaration: {@code url}, required.
     */
    public Path smsGateway(String fileName, String symbolicName) throws Exception {
        return build(
                fileName,
                symbolicName,
                "1.0.0",
                Map.of("Private-Package", "org.gflow.engine.plugins.fixtures.sms"),
                Map.of(
                        org.gflow.plugin.api.PluginResources.SMS_GATEWAY_FACTORIES,
                        "org.gflow.engine.plugins.fixtures.sms.HttpSmsGatewayFactory\n",
                        org.gflow.plugin.api.PluginResources.SETTINGS,
                        "[{\"key\": \"url\", \"type\": \"url\", \"required\": true}]"));
    }

    /** A plugin whose activator throws. */
    public Path throwingOnStart(String fileName) throws Exception {
        return build(
                fileName,
                "throwing-plugin",
                "1.0.0",
                Map.of(
                        "Bundle-Activator", "org.gflow.engine.plugins.fixtures.failing.ThrowingActivator",
                        "Private-Package", "org.gflow.engine.plugins.fixtures.failing"),
                Map.of());
    }

    /** A plugin importing a package nobody exports. */
    public Path unresolvable(String fileName) throws Exception {
        return build(
                fileName,
                "unresolvable-plugin",
                "1.0.0",
                Map.of(
                        "Bundle-Activator",
                        "org.gflow.engine.plugins.fixtures.echo.EchoActivator",
                        "Private-Package",
                        "org.gflow.engine.plugins.fixtures.echo",
                        "Import-Package",
                        "org.example.missing;version=\"[1,2)\",*",
                        "X-Echo-Topic",
                        "test.never",
                        "X-Echo-Reply",
                        "never"),
                Map.of());
    }

    /** A jar with classes but no bundle manifest. */
    public Path plainJar(String fileName) throws IOException {
        Path file = directory.resolve(fileName);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("org/example/Thing.class"));
            zip.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            zip.closeEntry();
        }
        return file;
    }

    private Path build(
            String fileName,
            String symbolicName,
            String version,
            Map<String, String> headers,
            Map<String, String> resources)
            throws Exception {
        try (Builder builder = new Builder()) {
            builder.setProperty("Bundle-SymbolicName", symbolicName);
            builder.setProperty("Bundle-Version", version);
            builder.setProperty("-noextraheaders", "true");
            headers.forEach(builder::setProperty);
            builder.addClasspath(classesOf(BundleActivator.class));
            builder.addClasspath(classesOf(Integration.class));
            builder.addClasspath(classesOf(TestBundles.class));
            try (Jar jar = builder.build()) {
                resources.forEach((name, text) ->
                        jar.putResource(name, new EmbeddedResource(text.getBytes(StandardCharsets.UTF_8), 0L)));
                if (!builder.getErrors().isEmpty()) {
                    throw new IllegalStateException("bnd: " + builder.getErrors());
                }
                Path temporary = Files.createTempFile(directory, ".building-", ".tmp");
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    jar.write(out);
                }
                // appear complete at once, as a careful operator's copy would
                return Files.move(
                        temporary,
                        directory.resolve(fileName),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private static File classesOf(Class<?> type) throws Exception {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
