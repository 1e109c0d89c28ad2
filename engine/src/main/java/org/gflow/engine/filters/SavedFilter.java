package org.gflow.engine.filters;

/**
 * A saved filter as its reader sees it: with its count of the reader's tasks it selects, counted
 * no further than {@link SavedFilters#COUNT_BOUND} ({@code more}: there are more than
 * {@code count}), and whether the reader may rename or delete it.
 */
public record SavedFilter(
        String id,
        String name,
        String ownerId,
        String sharedWith,
        FilterCriteria criteria,
        boolean mayChange,
        int count,
        boolean more) {}
