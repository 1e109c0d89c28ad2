package org.gflow.plugin.api;

/**
 * Where a plugin puts the resources the engine reads from its bundle. All paths are inside
 * the bundle jar; the engine reads them when the bundle is installed or updated, before the
 * plugin starts.
 *
 * <p>Forms, models and element templates of one plugin version become one Camunda deployment
 * named after the plugin, with duplicate filtering, so reinstalling the same version deploys
 * nothing new and cases already running keep their definition version.
 */
public final class PluginResources {

    /** Root folder of every plugin resource. */
    public static final String ROOT = "gflow/";

    /** Camunda Forms ({@code *.form}), referenced from BPMN by {@code camunda:formRef}. */
    public static final String FORMS = ROOT + "forms/";

    /** BPMN ({@code *.bpmn}) and DMN ({@code *.dmn}) models. */
    public static final String PROCESSES = ROOT + "processes/";

    /** Camunda Modeler element templates ({@code *.json}) for the plugin's topics. */
    public static final String ELEMENT_TEMPLATES = ROOT + "element-templates/";

    /** Document layouts for the plugin's certificates and letters. */
    public static final String DOCUMENTS = ROOT + "documents/";

    /**
     * The settings the plugin declares (JSON, optional): a list of
     * {@code {"key": "registry-url", "type": "url", "required": true, "secret": false,
     * "default": null, "description": "…"}}; {@code type} is a {@link SettingType} in lower case.
     * The engine checks the configured values against it before installing the plugin and refuses
     * the plugin, with the reason, when a required setting is missing or a value has the wrong type.
     */
    public static final String SETTINGS = ROOT + "settings.json";

    /**
     * The list of the plugin's {@link IntegrationFactory} classes, one class name a line
     * ({@code #} starts a comment), as for {@link java.util.ServiceLoader}.
     */
    public static final String INTEGRATION_FACTORIES = "META-INF/services/org.gflow.plugin.api.IntegrationFactory";

    /**
     * The list of the plugin's {@link org.gflow.plugin.api.sms.SmsGatewayFactory} classes, in the same
     * form: a ministry's own SMS provider.
     */
    public static final String SMS_GATEWAY_FACTORIES = "META-INF/services/org.gflow.plugin.api.sms.SmsGatewayFactory";

    /** Lao message bundle (UTF-8), the first language of every screen and document. */
    public static final String MESSAGES_LAO = ROOT + "messages_lo.properties";

    /** English message bundle (UTF-8). */
    public static final String MESSAGES_ENGLISH = ROOT + "messages_en.properties";

    private PluginResources() {}
}
