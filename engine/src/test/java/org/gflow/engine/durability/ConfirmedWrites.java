package org.gflow.engine.durability;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the engine told its clients was done: each case start and task completion answered
 * with a 2xx, and each tracking number a client read back. Thread-safe.
 */
final class ConfirmedWrites {

    private final Set<String> startedCases = ConcurrentHashMap.newKeySet();
    private final Set<String> completedTasks = ConcurrentHashMap.newKeySet();
    private final Map<String, String> trackingNumbers = new ConcurrentHashMap<>();

    void started(String caseId) {
        startedCases.add(caseId);
    }

    void completed(String taskId) {
        completedTasks.add(taskId);
    }

    void sawTrackingNumber(String caseId, String trackingNumber) {
        trackingNumbers.put(caseId, trackingNumber);
    }

    Set<String> startedCases() {
        return Set.copyOf(startedCases);
    }

    Set<String> completedTasks() {
        return Set.copyOf(completedTasks);
    }

    /** Case id → the tracking number a client was shown for it. */
    Map<String, String> trackingNumbers() {
        return Map.copyOf(trackingNumbers);
    }

    int count() {
        return startedCases.size() + completedTasks.size();
    }
}
