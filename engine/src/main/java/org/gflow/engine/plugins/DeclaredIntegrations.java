package org.gflow.engine.plugins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationFactory;
import org.gflow.plugin.api.PluginContext;
import org.gflow.plugin.api.PluginResources;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * Starts the integrations a plugin lists in {@link PluginResources#INTEGRATION_FACTORIES}: loads each
 * factory from the plugin's own class space, creates its integration with the plugin's context and
 * registers it in the plugin bundle's name, so the framework withdraws it when the bundle stops.
 * All or nothing: when one factory fails, none of the plugin's integrations stays registered.
 */
final class DeclaredIntegrations {

    private DeclaredIntegrations() {}

    /**
     * @param bundle the plugin's bundle, started
     * @return the topics now served
     * @throws PluginRejectedException naming the factory that could not be loaded or failed
     */
    static List<String> start(Bundle bundle, PluginContext context) throws PluginRejectedException {
        List<ServiceRegistration<Integration>> registered = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        try {
            for (String className : factoryNames(bundle)) {
                Integration integration = factory(bundle, className).create(context);
                if (integration == null || integration.topic() == null) {
                    throw new PluginRejectedException(
                            PluginFailure.START_FAILED,
                            "integration factory " + className + " made no integration with a topic");
                }
                registered.add(bundle.getBundleContext().registerService(Integration.class, integration, null));
                topics.add(integration.topic());
            }
            return topics;
        } catch (PluginRejectedException e) {
            registered.forEach(ServiceRegistration::unregister);
            throw e;
        } catch (Exception e) {
            registered.forEach(ServiceRegistration::unregister);
            throw new PluginRejectedException(
                    PluginFailure.START_FAILED, "an integration factory failed: " + PluginHost.reason(e), e);
        }
    }

    private static IntegrationFactory factory(Bundle bundle, String className) throws PluginRejectedException {
        try {
            Object factory = bundle.loadClass(className).getConstructor().newInstance();
            if (!(factory instanceof IntegrationFactory integrationFactory)) {
                throw new PluginRejectedException(
                        PluginFailure.START_FAILED,
                        className + " is listed as an integration factory but is no IntegrationFactory");
            }
            return integrationFactory;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new PluginRejectedException(
                    PluginFailure.START_FAILED,
                    "integration factory " + className + " cannot be created: " + PluginHost.reason(e),
                    e);
        }
    }

    private static List<String> factoryNames(Bundle bundle) throws IOException {
        URL list = bundle.getEntry(PluginResources.INTEGRATION_FACTORIES);
        if (list == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(list.openStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.replaceFirst("#.*", "").strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
