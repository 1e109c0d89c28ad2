package org.gflow.plugins.template;

import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationFactory;
import org.gflow.plugin.api.PluginContext;
import org.gflow.plugin.api.PluginSettings;

/**
 * Creates the reference check from the plugin's settings (declared in {@code gflow/settings.json};
 * the engine has checked them before this runs). Listed in
 * {@code META-INF/services/org.gflow.plugin.api.IntegrationFactory}: that line is the plugin's
 * whole registration.
 */
public final class ReferenceCheckFactory implements IntegrationFactory {

    /** The office whose references this plugin checks, e.g. {@code MPWT}. Required. */
    public static final String OFFICE_CODE = "office-code";
    /** The office's sealing key. Secret: from the environment only. Required. */
    public static final String SEAL_KEY = "seal-key";
    /** The longest serial accepted, in digits. Default 7. */
    public static final String SERIAL_DIGITS = "serial-digits";

    @Override
    public Integration create(PluginContext context) {
        PluginSettings settings = context.settings();
        return new ReferenceCheckIntegration(
                settings.text(OFFICE_CODE),
                (int) settings.integer(SERIAL_DIGITS),
                settings.text(SEAL_KEY),
                context.messages());
    }
}
