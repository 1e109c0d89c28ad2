package org.gflow.plugins.mof.payment;

import java.time.Clock;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationFactory;
import org.gflow.plugin.api.NumberSeries;
import org.gflow.plugin.api.PluginContext;

/** Creates the fee payment integration, which asks the engine for its number series in each call. */
public final class FeePaymentFactory implements IntegrationFactory {

    @Override
    public Integration create(PluginContext context) {
        return new FeePaymentIntegration(() -> context.hostService(NumberSeries.class), Clock.systemUTC());
    }
}
