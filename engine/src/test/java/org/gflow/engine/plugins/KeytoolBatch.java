package org.gflow.engine.plugins;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs many {@code keytool} commands in one JVM: {@link TestPki} starts it with
 * {@code --add-exports java.base/sun.security.tools.keytool=ALL-UNNAMED} and a file of commands,
 * one a line, arguments separated by tabs. One JVM start instead of one per command keeps the
 * trust tests quick on a busy machine. Exits non-zero on the first failing command.
 */
public final class KeytoolBatch {

    private KeytoolBatch() {}

    public static void main(String[] args) throws Exception {
        Method keytool = Class.forName("sun.security.tools.keytool.Main").getMethod("main", String[].class);
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                keytool.invoke(null, (Object) line.split("\t"));
            } catch (InvocationTargetException e) {
                System.err.println("keytool " + line.replace('\t', ' ') + " failed: " + e.getCause());
                System.exit(2);
            }
        }
    }
}
