/**
 * The G-Flow plugin API: everything a ministry plugin compiles against, and nothing else.
 *
 * <p>A plugin is an OSGi bundle. It contributes
 * <ul>
 *   <li><b>integrations</b> — OSGi services of type {@link org.gflow.plugin.api.Integration},
 *       each serving one named topic of a BPMN service task; and</li>
 *   <li><b>resources</b> under {@code gflow/} in the bundle, named as {@link org.gflow.plugin.api.PluginResources}
 *       describes: Camunda Forms, BPMN/DMN models, Camunda Modeler element templates,
 *       document layouts and Lao/English message bundles.</li>
 * </ul>
 *
 * <p>The package is plain Java 17. No Camunda, Spring or OSGi type appears in it, so a plugin
 * built against one version of the API keeps working when the engine underneath is upgraded.
 * The package follows semantic versioning: the host exports it with its version, and a plugin
 * imports the range {@code [major, major+1)}.
 */
package org.gflow.plugin.api;
