package org.gflow.engine.plugins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gflow.plugin.api.NumberSeries;
import org.gflow.plugin.api.hotline.PublicAnswerBoard;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine's implementations of the API's host services ({@link NumberSeries},
 * {@link PublicAnswerBoard}): handed to plugins through their
 * {@link org.gflow.plugin.api.PluginContext}, and also offered as OSGi services of the system
 * bundle for plugins that still look them up themselves.
 */
final class HostServices {

    /** An engine without host services (tests of the host alone). */
    static final HostServices NONE = new HostServices(Map.of());

    private final Map<Class<?>, ObjectProvider<?>> services;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    private HostServices(Map<Class<?>, ObjectProvider<?>> services) {
        this.services = services;
    }

    static HostServices of(ObjectProvider<NumberSeries> numberSeries, ObjectProvider<PublicAnswerBoard> board) {
        Map<Class<?>, ObjectProvider<?>> services = new LinkedHashMap<>();
        services.put(NumberSeries.class, numberSeries);
        services.put(PublicAnswerBoard.class, board);
        return new HostServices(services);
    }

    /** The engine's service of this API type, when the engine offers one. */
    <T> Optional<T> find(Class<T> type) {
        ObjectProvider<?> provider = services.get(type);
        return provider == null
                ? Optional.empty()
                : Optional.ofNullable(provider.getIfAvailable()).map(type::cast);
    }

    synchronized void register(BundleContext framework) {
        services.keySet().forEach(type -> register(framework, type));
    }

    private <T> void register(BundleContext framework, Class<T> type) {
        find(type).ifPresent(service -> registrations.add(framework.registerService(type, service, null)));
    }

    synchronized void unregister() {
        registrations.forEach(registration -> {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework stopped first
            }
        });
        registrations.clear();
    }
}
