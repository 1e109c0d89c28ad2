package org.gflow.engine.documents.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layouts in force: the engine's defaults, and those plugins register. For one layout name
 * the most recently registered plugin layout wins over the engine's default; unregistering a
 * plugin brings back whatever it had shadowed. Thread-safe.
 */
public final class LayoutRegistry implements DocumentLayouts {

    /** The source name of the layouts shipped in the engine. */
    public static final String ENGINE_SOURCE = "engine";

    private static final String DEFAULTS = "gflow/documents/";

    private final LayoutParser parser = new LayoutParser();
    /** Per layout name, the sources that brought one, oldest first. */
    private final Map<String, List<Registered>> byName = new HashMap<>();

    private record Registered(String source, DocumentLayout layout) {}

    /** A registry holding the engine's default layout for every kind. */
    public static LayoutRegistry withDefaults() {
        LayoutRegistry registry = new LayoutRegistry();
        for (DocumentKind kind : DocumentKind.values()) {
            String fileName = kind.code() + ".json";
            registry.register(ENGINE_SOURCE, fileName, readDefault(fileName));
        }
        return registry;
    }

    private static byte[] readDefault(String fileName) {
        try (InputStream in = LayoutRegistry.class.getClassLoader().getResourceAsStream(DEFAULTS + fileName)) {
            if (in == null) {
                throw new IllegalStateException("the engine's default layout " + DEFAULTS + fileName + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public void register(String source, String fileName, byte[] json) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a layout needs the source that brings it");
        }
        DocumentLayout layout = parser.parse(fileName, json);
        synchronized (byName) {
            List<Registered> entries = byName.computeIfAbsent(layout.name(), name -> new ArrayList<>());
            entries.removeIf(entry -> entry.source().equals(source));
            entries.add(new Registered(source, layout));
        }
    }

    @Override
    public void unregisterAll(String source) {
        synchronized (byName) {
            byName.values()
                    .forEach(entries -> entries.removeIf(entry -> entry.source().equals(source)));
            byName.values().removeIf(List::isEmpty);
        }
    }

    /**
     * The layout for a document: {@code <kind>-<permitType>} when one is registered, else
     * {@code <kind>}.
     *
     * @param permitType the case's permit type, or {@code null}
     * @throws IllegalStateException when no layout exists for the kind at all
     */
    public DocumentLayout layoutFor(DocumentKind kind, String permitType) {
        Optional<DocumentLayout> specific = permitType == null || permitType.isBlank()
                ? Optional.empty()
                : current(kind.code() + "-" + permitType.trim());
        return specific.or(() -> current(kind.code()))
                .orElseThrow(() -> new IllegalStateException("no layout for document kind " + kind.code()));
    }

    private Optional<DocumentLayout> current(String name) {
        synchronized (byName) {
            List<Registered> entries = byName.getOrDefault(name, List.of());
            // plugins shadow the engine's default; among plugins the latest wins
            return entries.stream()
                    .filter(entry -> !entry.source().equals(ENGINE_SOURCE))
                    .reduce((first, second) -> second)
                    .or(() -> entries.stream().findFirst())
                    .map(Registered::layout);
        }
    }
}
