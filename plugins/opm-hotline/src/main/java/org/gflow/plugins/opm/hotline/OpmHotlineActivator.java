package org.gflow.plugins.opm.hotline;

import java.util.function.Supplier;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.PublicAnswerBoard;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers the answer publication integration. The hotline forms need no code: the engine
 * deploys them from {@code gflow/forms/} when the bundle is installed.
 */
public final class OpmHotlineActivator implements BundleActivator {

    private ServiceRegistration<Integration> registration;

    @Override
    public void start(BundleContext context) {
        registration = context.registerService(Integration.class, new PublishAnswerIntegration(board(context)), null);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
        registration = null;
    }

    // Looked up per call: without the board the call is a technical failure, retried by the engine.
    private static Supplier<PublicAnswerBoard> board(BundleContext context) {
        return () -> {
            ServiceReference<PublicAnswerBoard> reference = context.getServiceReference(PublicAnswerBoard.class);
            PublicAnswerBoard board = reference == null ? null : context.getService(reference);
            if (board == null) {
                throw new IllegalStateException("the engine's PublicAnswerBoard service is not available");
            }
            context.ungetService(reference);
            return board;
        };
    }
}
