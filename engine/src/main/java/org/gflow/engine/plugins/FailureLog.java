package org.gflow.engine.plugins;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;

/**
 * Logs a plugin's failure once, and again only when the failure changes: the directory is
 * rescanned all the time, and the same broken jar must not fill the log.
 */
final class FailureLog {

    private final Logger log;
    private final Map<String, String> lastLogged = new ConcurrentHashMap<>();

    FailureLog(Logger log) {
        this.log = log;
    }

    void failed(String plugin, String reason) {
        if (!Objects.equals(lastLogged.put(plugin, reason), reason)) {
            log.warn("Plugin {} failed: {}", plugin, reason);
        }
    }

    void recovered(String plugin) {
        lastLogged.remove(plugin);
    }
}
