package org.gflow.engine.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The example plugins shipped inside the engine ({@code gflow/bundled-plugins/*.jar} on the class
 * path), copied out to files so they install like any other jar.
 */
final class BundledPlugins {

    static final String PATTERN = "classpath*:gflow/bundled-plugins/*.jar";

    private BundledPlugins() {}

    /** Copies every bundled plugin into {@code target} (emptied first) and returns the files. */
    static List<Path> extractTo(Path target) {
        try {
            Files.createDirectories(target);
            try (var old = Files.list(target)) {
                for (Path file : old.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            List<Path> files = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
                Path file = target.resolve(resource.getFilename());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled plugins", e);
        }
    }
}
