package org.gflow.engine.filters;

/**
 * A filter as a person saves it: its name, the organisation it is shared with (null or absent:
 * only for its owner) and what it selects.
 */
public record FilterDraft(String name, String sharedWith, FilterCriteria criteria) {}
