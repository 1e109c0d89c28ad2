package org.gflow.engine.filters;

import java.util.List;
import java.util.Set;
import org.gflow.engine.security.CurrentUser;
import org.gflow.engine.tasks.Organisations;
import org.gflow.engine.tasks.Oversight;

/**
 * Who sees and who may change a saved filter. A personal filter is its owner's alone. A filter
 * shared with an organisation is seen by everyone in it (a person belongs to the organisations of
 * their directory groups) and is changed by its owner, by that organisation's supervisors
 * ({@code <org>-…-supervisors}) and by administrators; only a supervisor of an organisation (or an
 * administrator) may share a filter with it.
 */
final class FilterSharing {

    private static final List<String> ADMIN_GROUPS = List.of(CurrentUser.ADMIN_GROUP);

    private FilterSharing() {}

    static Set<String> organisationsOf(CurrentUser user) {
        return Organisations.ofGroups(user.groupIds(), ADMIN_GROUPS);
    }

    static boolean maySee(StoredFilter filter, CurrentUser user) {
        return filter.ownerId().equals(user.id())
                || filter.sharedWith() != null
                        && (user.isAdmin() || organisationsOf(user).contains(filter.sharedWith()));
    }

    static boolean mayChange(StoredFilter filter, CurrentUser user) {
        return filter.ownerId().equals(user.id())
                || filter.sharedWith() != null && maySupervise(filter.sharedWith(), user);
    }

    /** Whether this person may share filters with this organisation. */
    static boolean maySupervise(String organisation, CurrentUser user) {
        return user.isAdmin() || Oversight.supervised(user.groupIds()).contains(organisation);
    }
}
