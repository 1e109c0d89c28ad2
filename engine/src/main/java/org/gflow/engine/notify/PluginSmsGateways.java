package org.gflow.engine.notify;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.gflow.engine.plugins.PluginFramework;
import org.gflow.plugin.api.sms.SmsGateway;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.springframework.stereotype.Component;

/**
 * The SMS gateways that installed plugins serve now. Followed as plugins come and go, so a gateway
 * installed into a running engine sends the very next message, and one uninstalled sends no more.
 */
@Component
class PluginSmsGateways implements AutoCloseable {

    private final ServiceTracker<SmsGateway, SmsGateway> tracker;

    PluginSmsGateways(PluginFramework framework) {
        this.tracker = new ServiceTracker<>(framework.context(), SmsGateway.class, null);
        tracker.open();
    }

    /** The gateway of this name; of two plugins serving one name, the framework's preferred one. */
    Optional<SmsGateway> named(String name) {
        return tracker.getTracked().entrySet().stream()
                .filter(served -> name.equals(served.getValue().name()))
                .max(Comparator.comparing(Map.Entry<ServiceReference<SmsGateway>, SmsGateway>::getKey))
                .map(Map.Entry::getValue);
    }

    @Override
    public void close() {
        tracker.close();
    }
}
