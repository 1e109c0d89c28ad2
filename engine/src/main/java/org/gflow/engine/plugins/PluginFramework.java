package org.gflow.engine.plugins;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The embedded Apache Felix framework that runs the plugins. It exports the plugin API package
 * and nothing of the engine, so a plugin can see {@code org.gflow.plugin.api} and its own classes
 * only. Its storage is cleaned on every start: the plugins directory is the truth, not the cache.
 */
public final class PluginFramework implements AutoCloseable {

    private static final long STOP_WAIT_MILLIS = 10_000;

    private final Framework framework;

    private PluginFramework(Framework framework) {
        this.framework = framework;
    }

    /** Starts a framework whose cache lives in {@code storage}. */
    public static PluginFramework start(Path storage) {
        Map<String, String> configuration = Map.of(
                Constants.FRAMEWORK_STORAGE,
                storage.toAbsolutePath().toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN,
                Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                PluginApiVersion.systemPackagesExtra(),
                "felix.log.level",
                "1");
        Framework framework = new FrameworkFactory().newFramework(configuration);
        try {
            framework.start();
        } catch (BundleException e) {
            throw new IllegalStateException("cannot start the plugin framework: " + e.getMessage(), e);
        }
        return new PluginFramework(framework);
    }

    /** The system bundle's context: installs bundles, registers and tracks services. */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    /**
     * Drops the old classes of updated or uninstalled bundles once nothing uses them, waiting
     * until the framework has done so.
     */
    public void refresh() {
        CountDownLatch refreshed = new CountDownLatch(1);
        framework.adapt(FrameworkWiring.class).refreshBundles(null, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                refreshed.countDown();
            }
        });
        try {
            refreshed.await(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(STOP_WAIT_MILLIS);
        } catch (BundleException e) {
            throw new IllegalStateException("cannot stop the plugin framework", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
