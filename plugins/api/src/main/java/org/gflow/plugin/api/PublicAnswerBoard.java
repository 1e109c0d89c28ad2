package org.gflow.plugin.api;

/**
 * The public answers page, offered by the engine to plugins as an OSGi service of this
 * interface (look it up from the bundle's context; it is there whenever the engine runs).
 * What is published here is visible to anyone, without login: publish only what a citizen
 * may read — never a complainant's name, phone number or address.
 *
 * <p>Thread-safe. Publishing the same tracking number again replaces the earlier answer, so a
 * retried call does no harm.
 */
public interface PublicAnswerBoard {

    /** Publishes, or re-publishes, the answer to one hotline case. */
    void publish(PublishedAnswer answer);
}
