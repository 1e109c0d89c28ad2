package org.gflow.plugin.api;

import java.util.Locale;
import java.util.Map;

/**
 * A plugin's texts from its message bundles, {@code gflow/messages_lo.properties} (Lao, the first
 * language) and {@code gflow/messages_en.properties} (English), read in UTF-8 by the engine when
 * the plugin is installed. The same texts are served to the web app for the plugin's pages and
 * labels ({@code GET /api/public/plugins/<symbolic-name>/messages?lang=lo}), and fill the plugin's
 * forms and document layouts: a JSON text that is exactly {@code msg:<key>} becomes the key's Lao
 * text, {@code msg.en:<key>} its English text.
 *
 * <p>Immutable and thread-safe; reading a text does no I/O.
 */
public interface PluginMessages {

    /** Lao, the first language of every screen and document. */
    Locale LAO = Locale.forLanguageTag("lo");

    /**
     * The text of {@code key} in {@code locale}'s language; in Lao when that language has no such
     * text; the key itself when neither has it, so a missing text shows instead of failing a case.
     */
    String text(String key, Locale locale);

    /** The text of {@code key} in Lao. */
    default String text(String key) {
        return text(key, LAO);
    }

    /** Every text of one language, Lao texts filling the keys it lacks; unmodifiable. */
    Map<String, String> all(Locale locale);
}
