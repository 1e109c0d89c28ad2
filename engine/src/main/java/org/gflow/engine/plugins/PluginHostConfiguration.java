package org.gflow.engine.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.gflow.engine.dispatch.DispatchConfiguration;
import org.gflow.engine.dispatch.IntegrationRegistry;
import org.gflow.engine.documents.layout.DocumentLayouts;
import org.gflow.plugin.api.NumberSeries;
import org.gflow.plugin.api.hotline.PublicAnswerBoard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires the plugin host: the Felix framework under {@code ${gflow.data-dir}/felix-cache}, the host,
 * the directory watcher, the engine services offered to plugins, and the start-up order: host
 * services, then the plugins in the directory, then the bundled ones not overridden there, and
 * only then the dispatch workers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PluginProperties.class)
public class PluginHostConfiguration {

    @Bean(destroyMethod = "close")
    PluginFramework pluginFramework(@Value("${gflow.data-dir}") Path dataDir) {
        return PluginFramework.start(dataDir.resolve("felix-cache"));
    }

    @Bean
    PluginSignerPins pluginSignerPins(JdbcTemplate jdbc) {
        return new JdbcPluginSignerPins(jdbc);
    }

    @Bean
    HostServices pluginHostServices(
            ObjectProvider<NumberSeries> numberSeries, ObjectProvider<PublicAnswerBoard> board) {
        return HostServices.of(numberSeries, board);
    }

    @Bean
    PluginHost pluginHost(
            PluginFramework framework,
            PluginProperties properties,
            PluginSignerPins pins,
            RepositoryService repositoryService,
            IdentityService identityService,
            ObjectProvider<DocumentLayouts> layouts,
            HostServices hostServices,
            ConfigurableEnvironment environment) {
        return new PluginHost(
                framework,
                trust(properties, pins),
                new CamundaPluginContributions(repositoryService, identityService, layouts),
                new PluginActivation(new EnvironmentPluginConfiguration(environment), hostServices));
    }

    /** With a trust store, signed jars are checked (and pinned) even where unsigned ones are still allowed. */
    private static PluginTrust trust(PluginProperties properties, PluginSignerPins pins) {
        if (properties.requireSignature() && properties.trustStore() == null) {
            throw new IllegalStateException(
                    "gflow.plugins.require-signature is on but gflow.plugins.trust-store is not set");
        }
        Optional<PluginSignatureVerifier> verifier = properties.trustStore() == null
                ? Optional.empty()
                : Optional.of(new PluginSignatureVerifier(
                        trustStore(properties), properties.revocationCheck(), Clock.systemUTC()));
        return new PluginTrust(verifier, properties.requireSignature(), pins);
    }

    @Bean(destroyMethod = "close")
    PluginDirectoryWatcher pluginDirectoryWatcher(
            PluginHost host, PluginProperties properties, @Value("${gflow.data-dir}") Path dataDir) {
        return new PluginDirectoryWatcher(
                pluginsDirectory(properties, dataDir),
                host,
                properties.scanInterval().toMillis());
    }

    @Bean
    SmartLifecycle pluginHostLifecycle(
            PluginFramework framework,
            PluginHost host,
            PluginDirectoryWatcher watcher,
            IntegrationRegistry registry,
            PluginProperties properties,
            @Value("${gflow.data-dir}") Path dataDir,
            HostServices hostServices) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                hostServices.register(framework.context());
                registry.trackPlugins(framework.context());
                watcher.start();
                if (properties.installBundled()) {
                    BundledPlugins.extractTo(dataDir.resolve("bundled-plugins")).forEach(host::installBundled);
                }
                running = true;
            }

            @Override
            public void stop() {
                watcher.close();
                registry.close();
                hostServices.unregister();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return DispatchConfiguration.PHASE - 1;
            }
        };
    }

    /** {@code gflow.plugins.directory}, or {@code ${gflow.data-dir}/plugins}: never the repository's plugins/ sources. */
    static Path pluginsDirectory(PluginProperties properties, Path dataDir) {
        return properties.directory() != null ? properties.directory() : dataDir.resolve("plugins");
    }

    private static KeyStore trustStore(PluginProperties properties) {
        char[] password = properties.trustStorePassword() == null
                ? new char[0]
                : properties.trustStorePassword().toCharArray();
        try (InputStream in = Files.newInputStream(properties.trustStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin trust store " + properties.trustStore(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot read the plugin trust store " + properties.trustStore() + ": " + e.getMessage(), e);
        }
    }
}
