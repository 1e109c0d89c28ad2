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
import org.gflow.plugin.api.sms.SmsGateway;
import org.gflow.plugin.api.sms.SmsGatewayFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * Starts what a plugin declares in its {@code META-INF/services} lists — integrations
 * ({@link PluginResources#INTEGRATION_FACTORIES}) and SMS gateways
 * ({@link PluginResources#SMS_GATEWAY_FACTORIES}): loads each factory from the plugin's own class
 * space, creates its service with the plugin's context and registers it in the plugin bundle's name,
 * so the framework withdraws it when the bundle stops. All or nothing: when one factory fails, none
 * of the plugin's services stays registered.
 */
final class DeclaredIntegrations {

    private DeclaredIntegrations() {}

    /**
     * @param bundle the plugin's bundle, started
     * @return the topics now served
     * @throws PluginRejectedException naming the factory that could not be loaded or failed
     */
    static List<String> start(Bundle bundle, PluginContext context) throws PluginRejectedException {
        List<ServiceRegistration<?>> registered = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        try {
            for (String className : factoryNames(bundle, PluginResources.INTEGRATION_FACTORIES)) {
                Integration integration =
                        factory(bundle, className, IntegrationFactory.class).create(context);
                if (integration == null || integration.topic() == null) {
                    throw new PluginRejectedException(
                            PluginFailure.START_FAILED, "factory " + className + " made no integration with a topic");
                }
                registered.add(bundle.getBundleContext().registerService(Integration.class, integration, null));
                topics.add(integration.topic());
            }
            for (String className : factoryNames(bundle, PluginResources.SMS_GATEWAY_FACTORIES)) {
                SmsGateway gateway =
                        factory(bundle, className, SmsGatewayFactory.class).create(context);
                if (gateway == null || gateway.name() == null || gateway.name().isBlank()) {
                    throw new PluginRejectedException(
                            PluginFailure.START_FAILED, "factory " + className + " made no SMS gateway with a name");
                }
                registered.add(bundle.getBundleContext().registerService(SmsGateway.class, gateway, null));
            }
            return topics;
        } catch (PluginRejectedException e) {
            registered.forEach(ServiceRegistration::unregister);
            throw e;
        } catch (Exception e) {
            registered.forEach(ServiceRegistration::unregister);
            throw new PluginRejectedException(
                    PluginFailure.START_FAILED, "a declared factory failed: " + PluginHost.reason(e), e);
        }
    }

    private static <F> F factory(Bundle bundle, String className, Class<F> type) throws PluginRejectedException {
        try {
            Object factory = bundle.loadClass(className).getConstructor().newInstance();
            if (!type.isInstance(factory)) {
                throw new PluginRejectedException(
                        PluginFailure.START_FAILED,
                        className + " is listed as a factory but is no " + type.getSimpleName());
            }
            return type.cast(factory);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new PluginRejectedException(
                    PluginFailure.START_FAILED,
                    "factory " + className + " cannot be created: " + PluginHost.reason(e),
                    e);
        }
    }

    private static List<String> factoryNames(Bundle bundle, String listPath) throws IOException {
        URL list = bundle.getEntry(listPath);
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
