package org.gflow.engine.plugins;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers what the host handed to the engine, in order. */
final class RecordingContributions implements PluginContributions {

    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void publish(PluginJar jar) {
        events.add("publish " + jar.symbolicName() + " "
                + jar.deployableResources().keySet());
    }

    @Override
    public void withdraw(String symbolicName) {
        events.add("withdraw " + symbolicName);
    }
}
