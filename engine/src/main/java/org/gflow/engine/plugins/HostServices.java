package org.gflow.engine.plugins;

import java.util.ArrayList;
import java.util.List;
import org.gflow.plugin.api.NumberSeries;
import org.gflow.plugin.api.PublicAnswerBoard;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Offers the engine's implementations of the API's host services ({@link NumberSeries},
 * {@link PublicAnswerBoard}) to plugins as OSGi services of the system bundle.
 */
final class HostServices {

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    void register(BundleContext framework, ObjectProvider<NumberSeries> numberSeries, ObjectProvider<PublicAnswerBoard> board) {
        numberSeries.ifAvailable(service -> registrations.add(framework.registerService(NumberSeries.class, service, null)));
        board.ifAvailable(service -> registrations.add(framework.registerService(PublicAnswerBoard.class, service, null)));
    }

    void unregister() {
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
