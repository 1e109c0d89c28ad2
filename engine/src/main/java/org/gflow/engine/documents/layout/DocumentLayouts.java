package org.gflow.engine.documents.layout;

/**
 * The document layouts known to the engine: the defaults it ships and those plugins bring
 * under {@code gflow/documents/}. A layout file is named {@code <kind>.json} or
 * {@code <kind>-<permitType>.json}; the more specific one wins for a case of that permit type.
 */
public interface DocumentLayouts {

    /**
     * Adds or replaces a layout.
     *
     * @param source who brings it, e.g. {@code plugin:moic-business-licence}
     * @param fileName the layout's file name, e.g. {@code certificate-business-licence.json}
     * @param json the layout, UTF-8 JSON
     * @throws IllegalArgumentException naming the problem when the layout is not valid
     */
    void register(String source, String fileName, byte[] json);

    /** Removes every layout a source brought (a plugin uninstalled or updated). */
    void unregisterAll(String source);
}
