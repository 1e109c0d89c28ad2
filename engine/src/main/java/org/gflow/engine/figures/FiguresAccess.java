package org.gflow.engine.figures;

import java.util.Set;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.security.CurrentUser;
import org.gflow.engine.tasks.Oversight;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who sees which hotline figures: those who oversee an organisation ({@link Oversight}) see its
 * figures — the Office and the administrators every organisation's, supervisors their own —
 * anyone else none. Every figure, list and export goes through {@link #scoped}, so no door shows
 * more.
 */
@Component
class FiguresAccess {

    /**
     * The query as this reader may run it: an organisation they may not see is refused (403); a
     * supervisor who names none gets their own.
     *
     * @return the query and the organisations it is limited to (empty: all)
     */
    Scoped scoped(FiguresQuery query, CurrentUser user) {
        if (seesAll(user)) {
            return new Scoped(query, Set.of());
        }
        Set<String> supervised = Oversight.supervised(user.groupIds());
        if (supervised.isEmpty()) {
            throw ProblemException.of(
                    HttpStatus.FORBIDDEN,
                    "not-figures-reader",
                    "The hotline figures are for the organisations' supervisors and the Office.");
        }
        if (query.organisation() != null && !supervised.contains(query.organisation())) {
            throw ProblemException.of(
                    HttpStatus.FORBIDDEN,
                    "not-your-organisation",
                    "You supervise " + String.join(", ", supervised) + ", not " + query.organisation()
                            + "; its figures are for its own supervisors and the Office.");
        }
        if (query.organisation() == null && supervised.size() == 1) {
            return new Scoped(query.withOrganisation(supervised.iterator().next()), supervised);
        }
        return new Scoped(query, supervised);
    }

    /** Whether the reader sees every organisation's figures. */
    boolean seesAll(CurrentUser user) {
        return Oversight.seesAll(user.isAdmin(), user.groupIds());
    }

    /**
     * A query with the organisations its reader may see.
     *
     * @param organisations the organisations it is limited to; empty for the Office and administrators
     */
    record Scoped(FiguresQuery query, Set<String> organisations) {}
}
