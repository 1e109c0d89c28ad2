package org.gflow.engine.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the plugins directory: a jar dropped in is installed, a jar replaced is updated, a jar
 * deleted is uninstalled. The {@link WatchService} wakes it at once; a rescan every
 * {@code scanInterval} is the safety net for file systems that miss events. A jar is acted on
 * only when its size and modification time are the same at two looks in a row, so a jar still
 * being copied is never read half-written.
 */
public final class PluginDirectoryWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginDirectoryWatcher.class);
    /** How long to wait between two looks at a jar that is still changing. */
    private static final long SETTLE_MILLIS = 150;
    /** About 5 s: a jar being written for longer must not hold up the engine's start. */
    static final int MAX_SETTLE_ROUNDS = 33;

    private final Path directory;
    private final PluginHost host;
    private final long scanIntervalMillis;
    private final Map<Path, FileStamp> applied = new HashMap<>();
    private final Map<Path, FileStamp> seen = new HashMap<>();
    private WatchService watchService;
    private Thread thread;
    private volatile boolean running;

    /** Size and modification time: what tells a finished copy from one in progress. */
    record FileStamp(long size, long modifiedMillis) {}

    public PluginDirectoryWatcher(Path directory, PluginHost host, long scanIntervalMillis) {
        this.directory = directory;
        this.host = host;
        this.scanIntervalMillis = scanIntervalMillis;
    }

    /** Installs the jars already in the directory, waiting for them, then watches in the background. */
    public void start() {
        try {
            Files.createDirectories(directory);
            watchService = FileSystems.getDefault().newWatchService();
            directory.register(
                    watchService,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the plugins directory " + directory, e);
        }
        scanUntilSettled();
        running = true;
        thread = new Thread(this::watch, "gflow-plugin-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Watching {} for plugins", directory.toAbsolutePath());
    }

    /**
     * Looks at the directory now and acts on every settled change; returns whether a jar is still
     * changing. Called by the watcher thread, and by the admin API after it wrote an upload.
     */
    public synchronized boolean scan() {
        Map<Path, FileStamp> current = listJars();
        boolean unsettled = false;
        for (Map.Entry<Path, FileStamp> jar : current.entrySet()) {
            Path file = jar.getKey();
            FileStamp stamp = jar.getValue();
            if (stamp.equals(applied.get(file))) {
                continue;
            }
            if (!stamp.equals(seen.put(file, stamp))) {
                unsettled = true;
                continue;
            }
            applied.put(file, stamp);
            host.installOrUpdate(file, PluginOrigin.DIRECTORY);
        }
        for (Path gone : new HashSet<>(applied.keySet())) {
            if (!current.containsKey(gone)) {
                applied.remove(gone);
                seen.remove(gone);
                host.fileRemoved(gone);
            }
        }
        seen.keySet().retainAll(current.keySet());
        return unsettled;
    }

    /**
     * Scans until no jar is changing any more — the initial load and the admin API's upload — or
     * until {@link #MAX_SETTLE_ROUNDS} looks; a jar still changing then is left to the watcher thread.
     */
    public void scanUntilSettled() {
        for (int round = 0; round < MAX_SETTLE_ROUNDS && scan(); round++) {
            sleep(SETTLE_MILLIS);
        }
    }

    private void watch() {
        boolean unsettled = false;
        while (running) {
            try {
                WatchKey key = watchService.poll(unsettled ? SETTLE_MILLIS : scanIntervalMillis, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                    // let the writer finish its burst of events before the first look
                    sleep(SETTLE_MILLIS);
                }
                unsettled = scan();
            } catch (ClosedWatchServiceException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // one bad scan (a file vanishing mid-read) must not end the watcher
                LOG.warn("Scanning the plugins directory failed: {}", e.toString());
            }
        }
    }

    private Map<Path, FileStamp> listJars() {
        Map<Path, FileStamp> jars = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.jar")) {
            for (Path file : files) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        jars.put(
                                file,
                                new FileStamp(
                                        attributes.size(),
                                        attributes.lastModifiedTime().toMillis()));
                    }
                } catch (IOException e) {
                    // deleted between listing and reading: the next scan sees it gone
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins directory " + directory, e);
        }
        return jars;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            if (watchService != null) {
                watchService.close();
            }
        } catch (IOException e) {
            LOG.debug("closing the watch service", e);
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
