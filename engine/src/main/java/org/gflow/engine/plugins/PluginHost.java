package org.gflow.engine.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gflow.plugin.api.PluginContext;
import org.gflow.plugin.api.PluginMessages;
import org.gflow.plugin.api.PluginResources;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs, updates, starts, stops and uninstalls plugins in the framework, hands their resources
 * to the engine and keeps a record of each, failures included. A plugin that cannot be read,
 * resolved or started is recorded with its reason and never stops the engine or other plugins.
 * All operations are serialised: the directory watcher and the admin API may call at once.
 */
public final class PluginHost {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    private static final String LOCATION_PREFIX = "gflow:";

    private final PluginFramework framework;
    private final PluginJarInspector inspector = new PluginJarInspector();
    private final PluginTrust trust;
    private final PluginContributions contributions;
    private final PluginActivation activation;
    private final FailureLog failures = new FailureLog(LOG);
    private final Map<String, PluginRecord> records = new LinkedHashMap<>();
    private final Map<String, PluginJar> jars = new LinkedHashMap<>();
    private final Map<String, PluginContext> contexts = new LinkedHashMap<>();

    /**
     * A host whose pins live only as long as it does (tests, tools).
     *
     * @param signatures present when only signed plugins may be installed (production)
     */
    public PluginHost(
            PluginFramework framework,
            Optional<PluginSignatureVerifier> signatures,
            PluginContributions contributions) {
        this(
                framework,
                new PluginTrust(signatures, signatures.isPresent(), new InMemoryPluginSignerPins()),
                contributions);
    }

    /** A host whose plugins get their settings' defaults and no engine services (tests, tools). */
    public PluginHost(PluginFramework framework, PluginTrust trust, PluginContributions contributions) {
        this(framework, trust, contributions, new PluginActivation(PluginConfiguration.NONE, HostServices.NONE));
    }

    /**
     * @param trust what a jar's signature must satisfy before the framework sees it
     * @param activation checks a plugin's settings before install and starts its declared integrations
     */
    PluginHost(
            PluginFramework framework,
            PluginTrust trust,
            PluginContributions contributions,
            PluginActivation activation) {
        this.framework = framework;
        this.trust = trust;
        this.contributions = contributions;
        this.activation = activation;
    }

    /**
     * Checks a jar as the host would before installing it from the plugins directory, without
     * installing it.
     *
     * @throws PluginRejectedException saying why the jar would be refused
     */
    public PluginJar check(Path file) throws PluginRejectedException {
        return checked(file, false);
    }

    // Bundled plugins are part of the engine's own artifact and trusted as the engine is.
    private PluginJar admit(Path file, PluginOrigin origin) throws PluginRejectedException {
        return origin == PluginOrigin.BUNDLED ? inspector.inspect(file) : checked(file, true);
    }

    /** Signature, then content, then the signer pin; only an install pins a first signer. */
    private PluginJar checked(Path file, boolean installing) throws PluginRejectedException {
        Optional<PluginSigner> signer = trust.signerOf(file);
        PluginJar jar = inspector.inspect(file);
        if (installing) {
            trust.admit(jar.symbolicName(), signer);
        } else {
            trust.checkPin(jar.symbolicName(), signer);
        }
        return jar;
    }

    /** Installs the jar, or updates the plugin of the same symbolic name, and starts it. */
    public synchronized PluginRecord installOrUpdate(Path file, PluginOrigin origin) {
        PluginJar jar;
        PluginContext context;
        try {
            jar = admit(file, origin);
            context = activation.prepare(jar);
        } catch (PluginRejectedException e) {
            return refused(file, origin, e);
        }
        forgetRefused(file);
        Bundle bundle = null;
        try (InputStream in = Files.newInputStream(file)) {
            bundle = installedBundle(jar.symbolicName());
            if (bundle == null) {
                bundle = framework.context().installBundle(LOCATION_PREFIX + jar.symbolicName(), in);
            } else {
                contributions.withdraw(jar.symbolicName());
                bundle.update(in);
            }
            contributions.publish(jar);
            contexts.put(jar.symbolicName(), context);
            bundle.start();
            activation.start(bundle, context);
            return remember(
                    jar, PluginRecord.installed(jar, origin, PluginState.ACTIVE, bundle.getBundleId(), null, null));
        } catch (PluginRejectedException e) {
            stopQuietly(bundle);
            return remember(
                    jar,
                    PluginRecord.installed(
                            jar, origin, PluginState.FAILED, bundle.getBundleId(), e.kind(), e.getMessage()));
        } catch (BundleException | IOException | RuntimeException e) {
            return remember(
                    jar,
                    PluginRecord.installed(
                            jar,
                            origin,
                            PluginState.FAILED,
                            bundle == null ? -1 : bundle.getBundleId(),
                            PluginFailure.of(e),
                            reason(e)));
        }
    }

    /**
     * Tries again the directory jars of plugin {@code symbolicName} that were refused — after an
     * admin re-pinned its signer, the jar waiting in the directory is installed without being copied
     * again.
     *
     * @return the plugin's record afterwards, if the host knows it
     */
    public synchronized Optional<PluginRecord> retryRefused(String symbolicName) {
        List<Path> refusedFiles = records.values().stream()
                .filter(record -> record.lastError() != null
                        && record.origin() == PluginOrigin.DIRECTORY
                        && record.file() != null)
                .filter(record -> symbolicName.equals(record.symbolicName()) || record.symbolicName() == null)
                .map(PluginRecord::file)
                .filter(file -> Files.isRegularFile(file) && symbolicName.equals(symbolicNameOf(file)))
                .toList();
        refusedFiles.forEach(file -> installOrUpdate(file, PluginOrigin.DIRECTORY));
        return record(symbolicName);
    }

    private String symbolicNameOf(Path file) {
        try {
            return inspector.inspect(file).symbolicName();
        } catch (PluginRejectedException e) {
            return null;
        }
    }

    /** Installs a plugin shipped with the engine unless one of the same name is already there. */
    public synchronized Optional<PluginRecord> installBundled(Path file) {
        try {
            String name = inspector.inspect(file).symbolicName();
            if (records.containsKey(name)) {
                LOG.info("Bundled plugin {} not installed: the plugins directory has its own", name);
                return Optional.empty();
            }
        } catch (PluginRejectedException e) {
            return Optional.of(refused(file, PluginOrigin.BUNDLED, e));
        }
        return Optional.of(installOrUpdate(file, PluginOrigin.BUNDLED));
    }

    /** The jar {@code file} is gone: uninstall the plugin it installed, if it is still that file's. */
    public synchronized void fileRemoved(Path file) {
        forgetRefused(file);
        records.values().stream()
                .filter(record -> file.equals(record.file()))
                .map(PluginRecord::id)
                .toList()
                .forEach(this::uninstall);
    }

    /** Uninstalls the plugin; its topics stop being served and their tasks wait. */
    public synchronized boolean uninstall(String id) {
        PluginRecord record = records.remove(id);
        if (record == null) {
            return false;
        }
        jars.remove(id);
        contexts.remove(id);
        failures.recovered(id);
        if (record.symbolicName() != null) {
            contributions.withdraw(record.symbolicName());
            Bundle bundle = installedBundle(record.symbolicName());
            if (bundle != null) {
                try {
                    bundle.uninstall();
                } catch (BundleException e) {
                    LOG.warn("Plugin {} did not uninstall cleanly: {}", id, reason(e));
                }
                framework.refresh();
            }
        }
        LOG.info("Plugin {} uninstalled", id);
        return true;
    }

    /** Stops the plugin: its integrations are unregistered, their tasks wait. */
    public synchronized Optional<PluginRecord> stop(String id) {
        return bundleOf(id).map(bundle -> {
            try {
                bundle.stop();
                return replace(records.get(id).withState(PluginState.STOPPED));
            } catch (BundleException e) {
                return replace(records.get(id).withState(PluginState.FAILED, PluginFailure.of(e), reason(e)));
            }
        });
    }

    /** Starts a stopped or failed plugin again. */
    public synchronized Optional<PluginRecord> start(String id) {
        return bundleOf(id).map(bundle -> {
            try {
                bundle.start();
                PluginContext context = contexts.get(id);
                if (context != null) {
                    activation.start(bundle, context);
                }
                return replace(records.get(id).withState(PluginState.ACTIVE));
            } catch (PluginRejectedException e) {
                stopQuietly(bundle);
                return replace(records.get(id).withState(PluginState.FAILED, e.kind(), e.getMessage()));
            } catch (BundleException | RuntimeException e) {
                return replace(records.get(id).withState(PluginState.FAILED, PluginFailure.of(e), reason(e)));
            }
        });
    }

    // A plugin whose integrations could not start must not stay half-active.
    private static void stopQuietly(Bundle bundle) {
        if (bundle == null) {
            return;
        }
        try {
            bundle.stop();
        } catch (BundleException | RuntimeException e) {
            LOG.warn("Plugin bundle {} did not stop cleanly: {}", bundle.getSymbolicName(), reason(e));
        }
    }

    /** The names of the settings an installed plugin was given, sorted; never their values. */
    public synchronized List<String> settingNames(String id) {
        PluginContext context = contexts.get(id);
        return context == null
                ? List.of()
                : context.settings().keys().stream().sorted().toList();
    }

    /** The texts of an installed plugin, from its message bundles. */
    public synchronized Optional<PluginMessages> messages(String id) {
        return Optional.ofNullable(contexts.get(id)).map(PluginContext::messages);
    }

    /** Every plugin the host knows, by id. */
    public synchronized List<PluginRecord> records() {
        return records.values().stream()
                .sorted(Comparator.comparing(PluginRecord::id))
                .toList();
    }

    /** One plugin. */
    public synchronized Optional<PluginRecord> record(String id) {
        return Optional.ofNullable(records.get(id));
    }

    /** The element templates a plugin ships, file name to JSON bytes. */
    public synchronized Map<String, byte[]> elementTemplates(String id) {
        PluginJar jar = jars.get(id);
        if (jar == null) {
            return Map.of();
        }
        Map<String, byte[]> templates = new LinkedHashMap<>();
        for (String name : jar.fileNames(PluginResources.ELEMENT_TEMPLATES, ".json")) {
            templates.put(name, jar.resources().get(PluginResources.ELEMENT_TEMPLATES + name));
        }
        return templates;
    }

    private Optional<Bundle> bundleOf(String id) {
        PluginRecord record = records.get(id);
        return record == null || record.symbolicName() == null
                ? Optional.empty()
                : Optional.ofNullable(installedBundle(record.symbolicName()));
    }

    private Bundle installedBundle(String symbolicName) {
        return framework.context().getBundle(LOCATION_PREFIX + symbolicName);
    }

    /**
     * A jar refused before install. If the file held a plugin that runs, that plugin keeps running
     * on its previous version and carries the reason as its last error.
     */
    private PluginRecord refused(Path file, PluginOrigin origin, PluginRejectedException refusal) {
        String reason = refusal.getMessage();
        Optional<PluginRecord> running = records.values().stream()
                .filter(record -> file.equals(record.file()) && record.symbolicName() != null)
                .findFirst();
        if (running.isPresent()) {
            failures.failed(running.get().id(), "update refused: " + reason);
            PluginRecord kept = running.get();
            PluginRecord marked = kept.withState(kept.state(), refusal.kind(), "update refused: " + reason);
            records.put(marked.id(), marked);
            return marked;
        }
        return replace(PluginRecord.failed(fileId(file), null, null, origin, file, -1, refusal.kind(), reason));
    }

    private void forgetRefused(Path file) {
        PluginRecord record = records.get(fileId(file));
        if (record != null && record.symbolicName() == null) {
            records.remove(record.id());
            failures.recovered(record.id());
        }
    }

    private PluginRecord remember(PluginJar jar, PluginRecord record) {
        jars.put(record.id(), jar);
        if (record.state() == PluginState.ACTIVE) {
            LOG.info(
                    "Plugin {} {} active ({} forms, {} models)",
                    record.id(),
                    record.version(),
                    record.forms().size(),
                    record.processes().size());
        }
        return replace(record);
    }

    private PluginRecord replace(PluginRecord record) {
        records.put(record.id(), record);
        if (record.state() == PluginState.FAILED) {
            failures.failed(record.id(), record.lastError());
        } else {
            failures.recovered(record.id());
        }
        return record;
    }

    /** The id of a file that was refused before its symbolic name was known. */
    static String fileId(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jar") ? name.substring(0, name.length() - ".jar".length()) : name;
    }

    /** The innermost useful message: Felix wraps an activator's exception in a BundleException. */
    static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        return message;
    }
}
