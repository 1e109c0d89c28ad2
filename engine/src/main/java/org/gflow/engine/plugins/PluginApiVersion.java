package org.gflow.engine.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.gflow.plugin.api.Integration;

/**
 * The version of {@code org.gflow.plugin.api} the engine carries, read from the API jar's own
 * {@code api.properties} (filled in by its build), so the host exports exactly the version the
 * API was built as, from one place.
 */
public final class PluginApiVersion {

    /** The core API package. */
    public static final String PACKAGE = Integration.class.getPackageName();

    private PluginApiVersion() {}

    /** The semantic version, e.g. {@code 2.0.0}. */
    public static String read() {
        return properties().getProperty("version");
    }

    /** The API's packages: the core package and its sub-packages (e.g. the hotline's). */
    public static List<String> packages() {
        return Arrays.stream(properties().getProperty("packages", PACKAGE).split(","))
                .map(String::strip)
                .toList();
    }

    /** The value of {@code org.osgi.framework.system.packages.extra}: the API packages only. */
    public static String systemPackagesExtra() {
        String version = read();
        return packages().stream().map(name -> name + ";version=" + version).collect(Collectors.joining(","));
    }

    private static Properties properties() {
        try (InputStream in = Integration.class.getResourceAsStream("api.properties")) {
            if (in == null) {
                throw new IllegalStateException("api.properties is missing from the plugin API jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
