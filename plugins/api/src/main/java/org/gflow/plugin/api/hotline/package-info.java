/**
 * What the engine offers plugins of the citizens' complaint hotline 1516 only: the public answers
 * page ({@link org.gflow.plugin.api.hotline.PublicAnswerBoard}) and the answer it shows. Kept out of
 * the core package so a ministry that has no hotline work never sees these types. Exported by the
 * host with the same version as {@code org.gflow.plugin.api}.
 */
package org.gflow.plugin.api.hotline;
