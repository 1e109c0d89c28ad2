package org.gflow.engine.absence;

/** A task that went to {@code delegateId} because {@code onBehalfOf}, the person it was meant for, was away. */
public record OnBehalf(String taskId, String delegateId, String onBehalfOf) {}
