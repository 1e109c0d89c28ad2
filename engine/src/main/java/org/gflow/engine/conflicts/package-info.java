/**
 * Concurrent work on the same case, handled in the engine so every door behaves alike: a
 * conflict nobody caused (two branches reaching a join at once, a case ending while a worker
 * fetches) is retried inside the engine; a race someone lost (the task was completed or
 * claimed by another) becomes a {@link org.gflow.engine.errors.ConflictException}.
 */
package org.gflow.engine.conflicts;
