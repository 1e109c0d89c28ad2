package org.gflow.processes.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The model and form files this module ships, found where the engine finds them. */
final class ModelResources {

    static final String MODELS = "gflow/processes";
    static final String FORMS = "gflow/forms";

    private ModelResources() {}

    /** Files in a shipped resource folder whose names end with {@code suffix}, sorted. */
    static List<Path> files(String folder, String suffix) {
        URL url = ModelResources.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("resource folder not on the classpath: " + folder);
        }
        try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classpath resource name of a shipped file. */
    static String resourceName(String folder, Path file) {
        return folder + "/" + file.getFileName();
    }
}
