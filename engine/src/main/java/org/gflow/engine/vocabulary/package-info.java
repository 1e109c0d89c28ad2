/**
 * The codes G-Flow shows people by name (organisations, provinces, hotline categories, permit
 * and business types), read from the one vocabulary file, and the public endpoint serving it.
 */
package org.gflow.engine.vocabulary;
