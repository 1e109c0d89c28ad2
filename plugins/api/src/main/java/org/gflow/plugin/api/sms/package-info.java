/**
 * A ministry's own SMS provider for G-Flow's SMS channel: a plugin lists its
 * {@link org.gflow.plugin.api.sms.SmsGatewayFactory} in
 * {@link org.gflow.plugin.api.PluginResources#SMS_GATEWAY_FACTORIES}, and the engine sends its SMS
 * through the gateway whose name its {@code gflow.sms.gateway} setting gives. Exported by the host
 * with the same version as {@code org.gflow.plugin.api}.
 */
package org.gflow.plugin.api.sms;
