package org.gflow.plugins.opm.hotline;

import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationFactory;
import org.gflow.plugin.api.PluginContext;
import org.gflow.plugin.api.hotline.PublicAnswerBoard;

/**
 * Creates the answer publication integration, which asks the engine for the public answers board
 * in each call. The hotline forms need no code: the engine deploys them from {@code gflow/forms/}.
 */
public final class PublishAnswerFactory implements IntegrationFactory {

    @Override
    public Integration create(PluginContext context) {
        return new PublishAnswerIntegration(() -> context.hostService(PublicAnswerBoard.class));
    }
}
