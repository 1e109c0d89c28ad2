package org.gflow.engine.absence;

/**
 * An escalation step that passed over {@code passedOver}, who was away: it went to {@code takenBy},
 * their nearest present manager, or to the model's last resort group when {@code takenBy} is null.
 */
public record PassedOver(String taskId, String passedOver, String takenBy) {}
