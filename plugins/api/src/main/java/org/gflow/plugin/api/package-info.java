/**
 * The G-Flow plugin API: everything a ministry plugin compiles against, and nothing else.
 *
 * <p>A plugin is an OSGi bundle. It contributes
 * <ul>
 *   <li><b>integrations</b> — {@link org.gflow.plugin.api.Integration}s, each serving one named
 *       topic of a BPMN service task, created by the plugin's
 *       {@link org.gflow.plugin.api.IntegrationFactory}s with a {@link org.gflow.plugin.api.PluginContext}
 *       that carries the plugin's {@link org.gflow.plugin.api.PluginSettings} and
 *       {@link org.gflow.plugin.api.PluginMessages}; and</li>
 *   <li><b>resources</b> under {@code gflow/} in the bundle, named as {@link org.gflow.plugin.api.PluginResources}
 *       describes: Camunda Forms, BPMN/DMN models, Camunda Modeler element templates,
 *       document layouts, Lao/English message bundles and the declaration of its settings.</li>
 * </ul>
 *
 * <p>The package is plain Java 17. No Camunda, Spring or OSGi type appears in it, so a plugin
 * built against one version of the API keeps working when the engine underneath is upgraded.
 * Types that only one kind of work needs live in sub-packages (the hotline's in
 * {@code org.gflow.plugin.api.hotline}), exported with the same version.
 * The package follows semantic versioning: the host exports it with its version, and a plugin
 * imports the range {@code [major, major+1)}.
 */
package org.gflow.plugin.api;
