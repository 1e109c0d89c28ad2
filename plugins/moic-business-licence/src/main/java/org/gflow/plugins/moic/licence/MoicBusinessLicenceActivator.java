package org.gflow.plugins.moic.licence;

import org.gflow.plugin.api.Integration;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Reads the shipped enterprise registry and registers the lookup integration. The forms, the
 * fee table and the certificate layout need no code: the engine reads them from {@code gflow/}.
 */
public final class MoicBusinessLicenceActivator implements BundleActivator {

    private ServiceRegistration<Integration> registration;

    @Override
    public void start(BundleContext context) {
        registration = context.registerService(Integration.class,
            new EnterpriseLookupIntegration(EnterpriseRegistry.shipped()), null);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
        registration = null;
    }
}
