package org.gflow.plugin.api;

/**
 * The type of a plugin setting, as declared in {@code gflow/settings.json} ({@code "type": "integer"}).
 * The engine refuses to install a plugin whose configured value does not have its setting's type.
 */
public enum SettingType {
    /** Any text. */
    TEXT,
    /** A whole number, e.g. {@code 30}. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An absolute {@code http} or {@code https} address. */
    URL,
    /** A duration, written {@code 30s}, {@code 5m}, {@code 2h} or as ISO-8601 {@code PT30S}. */
    DURATION
}
