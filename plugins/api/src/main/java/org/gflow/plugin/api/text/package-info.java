/**
 * Text rules shared by the engine and its plugins, defined once so that both apply the same
 * rule: what counts as personal data in a text that will be public ({@link org.gflow.plugin.api.text.PersonalData}).
 *
 * <p>Exported by the host with the same version as {@code org.gflow.plugin.api}. Besides Java,
 * it uses libphonenumber, which the host carries; a plugin needs nothing more than this package.
 */
package org.gflow.plugin.api.text;
