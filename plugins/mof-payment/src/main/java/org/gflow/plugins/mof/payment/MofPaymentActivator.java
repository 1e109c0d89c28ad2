package org.gflow.plugins.mof.payment;

import java.time.Clock;
import java.util.function.Supplier;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.NumberSeries;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/** Registers the fee payment integration; the framework unregisters it when the bundle stops. */
public final class MofPaymentActivator implements BundleActivator {

    private ServiceRegistration<Integration> registration;

    @Override
    public void start(BundleContext context) {
        registration = context.registerService(Integration.class,
            new FeePaymentIntegration(numberSeries(context), Clock.systemUTC()), null);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
        registration = null;
    }

    // Looked up per call: the engine may register the service after this bundle starts.
    private static Supplier<NumberSeries> numberSeries(BundleContext context) {
        return () -> {
            ServiceReference<NumberSeries> reference = context.getServiceReference(NumberSeries.class);
            NumberSeries series = reference == null ? null : context.getService(reference);
            if (series == null) {
                throw new IllegalStateException("the engine's NumberSeries service is not available");
            }
            // The engine's service lives as long as the engine; releasing it at once is safe.
            context.ungetService(reference);
            return series;
        };
    }
}
