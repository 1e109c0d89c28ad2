package org.gflow.engine.dispatch;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import org.gflow.plugin.api.Integration;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which integration serves which topic: the engine's built-ins plus the integrations that plugins
 * register as OSGi services. A plugin's integration wins over a built-in for the same topic;
 * among plugins, the highest service ranking, then the newest registration, wins. Looked up per
 * call, so a call already running keeps the service object it started with while new calls go
 * to whatever serves the topic now.
 */
public final class IntegrationRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationRegistry.class);

    /** A plugin's integration as tracked: its reference orders it, its bundle owns it. */
    private record PluginIntegration(ServiceReference<Integration> reference, Integration integration) {}

    // Highest service ranking first, then the newest registration (highest service id).
    private static final Comparator<PluginIntegration> PREFERRED = Comparator.comparingInt(
                    (PluginIntegration entry) -> ranking(entry.reference()))
            .reversed()
            .thenComparing(
                    entry -> (Long) entry.reference().getProperty(Constants.SERVICE_ID), Comparator.reverseOrder());

    private final Map<String, Integration> builtIns;
    private final Map<String, Set<PluginIntegration>> fromPlugins = new ConcurrentHashMap<>();
    private final DispatchSignal signal;
    private ServiceTracker<Integration, PluginIntegration> tracker;

    /**
     * @param builtIns the engine's own integrations; two for one topic is a programming error
     * @param signal woken when a topic starts being served
     */
    public IntegrationRegistry(Collection<? extends Integration> builtIns, DispatchSignal signal) {
        this.builtIns =
                builtIns.stream().collect(Collectors.toUnmodifiableMap(Integration::topic, integration -> integration));
        this.signal = signal;
    }

    /** Starts following the integrations that plugins register in this framework. */
    public synchronized void trackPlugins(BundleContext framework) {
        tracker = new ServiceTracker<>(framework, Integration.class, null) {
            @Override
            public PluginIntegration addingService(ServiceReference<Integration> reference) {
                return added(reference, context.getService(reference));
            }

            @Override
            public void removedService(ServiceReference<Integration> reference, PluginIntegration entry) {
                removed(entry);
                context.ungetService(reference);
            }
        };
        tracker.open();
    }

    /** Stops following plugins. */
    public synchronized void close() {
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
    }

    /** The integration to call now for a task of {@code topic}. */
    public Optional<Integration> find(String topic) {
        return fromPlugin(topic).or(() -> Optional.ofNullable(builtIns.get(topic)));
    }

    /** The integration a plugin offers for {@code topic} now, if one does; the engine's built-ins are left out. */
    public Optional<Integration> fromPlugin(String topic) {
        Set<PluginIntegration> candidates = fromPlugins.get(topic);
        if (candidates != null && !candidates.isEmpty()) {
            try {
                return Optional.of(candidates.iterator().next().integration());
            } catch (NoSuchElementException raceWithRemoval) {
                // the last one went away between the two calls
            }
        }
        return Optional.empty();
    }

    /** Every topic served now, built-in or by a plugin. */
    public Set<String> servedTopics() {
        Set<String> topics = new TreeSet<>(builtIns.keySet());
        fromPlugins.forEach((topic, candidates) -> {
            if (!candidates.isEmpty()) {
                topics.add(topic);
            }
        });
        return topics;
    }

    /** The topics served by the integrations of one bundle, for the admin API. */
    public List<String> topicsOfBundle(long bundleId) {
        return fromPlugins.entrySet().stream()
                .filter(entry -> entry.getValue().stream()
                        .anyMatch(candidate -> candidate.reference().getBundle() != null
                                && candidate.reference().getBundle().getBundleId() == bundleId))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private PluginIntegration added(ServiceReference<Integration> reference, Integration integration) {
        if (integration == null) {
            return null;
        }
        String topic;
        try {
            topic = integration.topic();
        } catch (RuntimeException e) {
            LOG.warn(
                    "An integration of plugin {} has no topic: {}",
                    reference.getBundle().getSymbolicName(),
                    e.toString());
            return null;
        }
        PluginIntegration entry = new PluginIntegration(reference, integration);
        fromPlugins
                .computeIfAbsent(topic, key -> new ConcurrentSkipListSet<>(PREFERRED))
                .add(entry);
        LOG.info("Topic {} served by plugin {}", topic, reference.getBundle().getSymbolicName());
        signal.wake();
        return entry;
    }

    private static int ranking(ServiceReference<?> reference) {
        return reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    private void removed(PluginIntegration entry) {
        fromPlugins.values().forEach(candidates -> candidates.remove(entry));
    }
}
