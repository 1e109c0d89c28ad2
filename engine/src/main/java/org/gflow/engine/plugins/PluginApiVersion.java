package org.gflow.engine.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.text.PersonalData;

/**
 * The version of {@code org.gflow.plugin.api} the engine carries, read from the API jar's own
 * {@code api.properties} (filled in by its build), so the host exports exactly the version the
 * API was built as, from one place.
 */
public final class PluginApiVersion {

    /** The exported package. */
    public static final String PACKAGE = Integration.class.getPackageName();
    /** The API's shared text rules, exported with the same version. */
    public static final String TEXT_PACKAGE = PersonalData.class.getPackageName();

    private PluginApiVersion() {
    }

    /** The semantic version, e.g. {@code 1.0.0}. */
    public static String read() {
        try (InputStream in = Integration.class.getResourceAsStream("api.properties")) {
            if (in == null) {
                throw new IllegalStateException("api.properties is missing from the plugin API jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of {@code org.osgi.framework.system.packages.extra}: the API's packages only. */
    public static String systemPackagesExtra() {
        String version = read();
        return PACKAGE + ";version=" + version + "," + TEXT_PACKAGE + ";version=" + version;
    }
}
