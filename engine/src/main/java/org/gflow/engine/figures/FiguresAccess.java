package org.gflow.engine.figures;

import java.util.Set;
import java.util.TreeSet;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.security.CurrentUser;
import org.gflow.engine.tasks.Organisations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who sees which hotline figures: the Office's hotline centre ({@value #OFFICE_GROUP}) and the
 * administrators see every organisation's; an organisation's supervisors ({@code
 * <org>-…-supervisors}) see their own; anyone else none. Every figure, list and export goes
 * through {@link #scoped}, so no door shows more.
 */
@Component
class FiguresAccess {

    /** The Office's hotline centre: it triages every complaint and watches every organisation. */
    static final String OFFICE_GROUP = "opm-hotline-triage";

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
        Set<String> supervised = supervised(user);
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
        return user.isAdmin() || user.groupIds().contains(OFFICE_GROUP);
    }

    private static Set<String> supervised(CurrentUser user) {
        Set<String> organisations = new TreeSet<>();
        for (String group : user.groupIds()) {
            String organisation = Organisations.ofGroup(group);
            if (organisation != null && Organisations.supervises(group, organisation)) {
                organisations.add(organisation);
            }
        }
        return organisations;
    }

    /**
     * A query with the organisations its reader may see.
     *
     * @param organisations the organisations it is limited to; empty for the Office and administrators
     */
    record Scoped(FiguresQuery query, Set<String> organisations) {}
}
