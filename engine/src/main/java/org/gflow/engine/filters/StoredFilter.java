package org.gflow.engine.filters;

/** A saved filter as its table holds it; {@code sharedWith} is null for a personal filter. */
record StoredFilter(String id, String name, String ownerId, String sharedWith, FilterCriteria criteria) {}
