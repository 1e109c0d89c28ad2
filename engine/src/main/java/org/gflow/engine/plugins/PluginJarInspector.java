package org.gflow.engine.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.gflow.plugin.api.PluginResources;
import org.osgi.framework.Constants;

/**
 * Checks a jar before it reaches the framework: readable, an OSGi bundle manifest with a
 * symbolic name, and nothing but classes, {@code META-INF/}, {@code OSGI-INF/} and resources under
 * {@code gflow/}. Reads the {@code gflow/} resources on the way.
 */
public final class PluginJarInspector {

    /** Largest resource the host reads from a plugin, so a hostile jar cannot exhaust memory. */
    static final long MAX_RESOURCE_BYTES = 10L * 1024 * 1024;

    /**
     * @throws PluginRejectedException saying what is wrong with the jar
     */
    public PluginJar inspect(Path file) throws PluginRejectedException {
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                throw new PluginRejectedException(
                        PluginFailure.NOT_A_PLUGIN, "not an OSGi bundle: the jar has no META-INF/MANIFEST.MF");
            }
            Attributes main = manifest.getMainAttributes();
            if (!"2".equals(main.getValue(Constants.BUNDLE_MANIFESTVERSION))) {
                throw new PluginRejectedException(
                        PluginFailure.NOT_A_PLUGIN,
                        "not an OSGi bundle: the manifest has no Bundle-ManifestVersion: 2");
            }
            String symbolicName = symbolicName(main.getValue(Constants.BUNDLE_SYMBOLICNAME));
            String version = main.getValue(Constants.BUNDLE_VERSION);
            return new PluginJar(file, symbolicName, version == null ? "0.0.0" : version, readResources(jar));
        } catch (IOException | SecurityException e) {
            throw new PluginRejectedException(PluginFailure.NOT_A_PLUGIN, "not a readable jar: " + e.getMessage(), e);
        }
    }

    /** Letters, digits, '.', '_' and '-', at most 100: what the host accepts as a plugin's name. */
    static boolean isSymbolicName(String name) {
        return name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    }

    private static String symbolicName(String header) throws PluginRejectedException {
        String name = header == null ? "" : header.split(";", 2)[0].strip();
        if (!isSymbolicName(name)) {
            throw new PluginRejectedException(
                    PluginFailure.NOT_A_PLUGIN,
                    name.isEmpty()
                            ? "not an OSGi bundle: the manifest has no Bundle-SymbolicName"
                            : "Bundle-SymbolicName '" + name + "' must be letters, digits, '.', '_' or '-'");
        }
        return name;
    }

    private static Map<String, byte[]> readResources(JarFile jar) throws IOException, PluginRejectedException {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory()
                    || name.startsWith("META-INF/")
                    || name.startsWith("OSGI-INF/")
                    || name.endsWith(".class")) {
                continue;
            }
            if (!name.startsWith(PluginResources.ROOT) || name.contains("..")) {
                throw new PluginRejectedException(
                        PluginFailure.NOT_A_PLUGIN,
                        "unexpected entry '" + name + "': a plugin holds classes and resources under "
                                + PluginResources.ROOT + " only");
            }
            resources.put(name, read(jar, entry));
        }
        return resources;
    }

    private static byte[] read(JarFile jar, JarEntry entry) throws IOException, PluginRejectedException {
        try (InputStream in = jar.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_RESOURCE_BYTES + 1);
            if (bytes.length > MAX_RESOURCE_BYTES) {
                throw new PluginRejectedException(
                        PluginFailure.NOT_A_PLUGIN, "resource '" + entry.getName() + "' is larger than 10 MB");
            }
            return bytes;
        }
    }
}
