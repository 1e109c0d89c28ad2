package org.gflow.plugin.api.hotline;

/**
 * The public answers page, offered by the engine to plugins as a host service (ask
 * {@link org.gflow.plugin.api.PluginContext#hostService(Class)}; it is there whenever the engine runs).
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
