package org.gflow.ldap.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.gflow.ldap.Authenticator;
import org.gflow.ldap.DirectoryFilters;
import org.gflow.ldap.DirectoryPeople;
import org.gflow.ldap.DirectorySearch;
import org.gflow.ldap.LdapDirectory;
import org.gflow.ldap.LdapSettings;
import org.gflow.ldap.Ordering;

/**
 * Answers Camunda's identity queries from the directory. Shared by all sessions of one
 * engine, so it also holds the short-lived caches: users by id and the groups of a user —
 * the two lookups an inbox makes on every request. Everything else is read live.
 */
final class IdentityReader {

    private final LdapSettings settings;
    private final DirectorySearch search;
    private final DirectoryFilters filters;
    private final IdentityFilters queryFilters;
    private final EntryMapping mapping;
    private final DirectoryPeople people;
    private final Authenticator authenticator;
    private final TtlCache<String, Optional<User>> usersById;
    private final TtlCache<String, List<Group>> groupsOfUser;
    private final RecentPasswordChecks recentPasswords;

    IdentityReader(LdapDirectory directory) {
        this.settings = directory.settings();
        this.search = new DirectorySearch(directory);
        this.filters = new DirectoryFilters(settings);
        this.queryFilters = new IdentityFilters(settings);
        this.mapping = new EntryMapping(settings);
        this.people = new DirectoryPeople(directory);
        this.authenticator = new Authenticator(search);
        this.usersById = new TtlCache<>(
                directory.clock(),
                settings.getCacheTtl(),
                id -> search.unique(settings.getUserBase(), filters.user(id), mapping.userAttributes())
                        .map(mapping::user));
        this.groupsOfUser = new TtlCache<>(
                directory.clock(),
                settings.getCacheTtl(),
                id -> dnOfUser(id)
                        .map(dn -> search
                                .list(
                                        settings.getGroupBase(),
                                        filters.groupsWithMember(dn),
                                        List.of(),
                                        0,
                                        Integer.MAX_VALUE,
                                        mapping.groupAttributes())
                                .stream()
                                .map(mapping::group)
                                .toList())
                        .orElse(List.of()));
        this.recentPasswords = new RecentPasswordChecks(directory.clock(), settings.getPasswordCacheTtl());
    }

    /**
     * Binds as the user unless this very password succeeded within the password-cache TTL; a
     * failure forgets the user's remembered success, so the next attempt binds again.
     */
    boolean checkPassword(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        if (recentPasswords.recentlySucceeded(userId, password)) {
            return true;
        }
        boolean valid = authenticator.authenticate(userId, password);
        if (valid) {
            recentPasswords.succeeded(userId, password);
        } else {
            recentPasswords.failed(userId);
        }
        return valid;
    }

    Optional<User> userById(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return usersById.get(userId);
    }

    Optional<Group> groupById(String groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        return search.unique(settings.getGroupBase(), filters.group(groupId), mapping.groupAttributes())
                .map(mapping::group);
    }

    List<User> users(UserQueryImpl query, Page page) {
        int first = page != null ? page.getFirstResult() : query.getFirstResult();
        int max = page != null ? page.getMaxResults() : query.getMaxResults();
        if (onlyUserId(query)) {
            return slice(userById(query.getId()).stream().toList(), first, max);
        }
        return queryFilters
                .users(query, people::membersOf)
                .map(filter -> search
                        .list(
                                settings.getUserBase(),
                                filter,
                                mapping.userOrdering(query.getOrderingProperties()),
                                first,
                                max,
                                mapping.userAttributes())
                        .stream()
                        .map(mapping::user)
                        .toList())
                .orElse(List.of());
    }

    long countUsers(UserQueryImpl query) {
        if (onlyUserId(query)) {
            return userById(query.getId()).isPresent() ? 1 : 0;
        }
        return queryFilters
                .users(query, people::membersOf)
                .map(filter -> search.count(settings.getUserBase(), filter))
                .orElse(0L);
    }

    List<Group> groups(GroupQueryImpl query, Page page) {
        int first = page != null ? page.getFirstResult() : query.getFirstResult();
        int max = page != null ? page.getMaxResults() : query.getMaxResults();
        List<Ordering> order = mapping.groupOrdering(query.getOrderingProperties());
        if (onlyMember(query)) {
            return slice(sortedGroups(groupsOf(query.getUserId()), order), first, max);
        }
        return queryFilters
                .groups(query, this::dnOfUser)
                .map(filter ->
                        search
                                .list(settings.getGroupBase(), filter, order, first, max, mapping.groupAttributes())
                                .stream()
                                .map(mapping::group)
                                .toList())
                .orElse(List.of());
    }

    long countGroups(GroupQueryImpl query) {
        if (onlyMember(query)) {
            return groupsOf(query.getUserId()).size();
        }
        return queryFilters
                .groups(query, this::dnOfUser)
                .map(filter -> search.count(settings.getGroupBase(), filter))
                .orElse(0L);
    }

    /** All groups of a user, cached: this is what every authenticated request asks for. */
    List<Group> groupsOf(String userId) {
        return groupsOfUser.get(userId);
    }

    private Optional<String> dnOfUser(String userId) {
        return search.unique(settings.getUserBase(), filters.user(userId), DirectorySearch.NO_ATTRIBUTES)
                .map(entry -> entry.getDN());
    }

    private static boolean onlyUserId(UserQueryImpl q) {
        return q.getId() != null
                && q.getIds() == null
                && q.getFirstName() == null
                && q.getFirstNameLike() == null
                && q.getLastName() == null
                && q.getLastNameLike() == null
                && q.getEmail() == null
                && q.getEmailLike() == null
                && q.getGroupId() == null
                && q.getTenantId() == null;
    }

    private static boolean onlyMember(GroupQueryImpl q) {
        return q.getUserId() != null
                && q.getId() == null
                && q.getIds() == null
                && q.getName() == null
                && q.getNameLike() == null
                && q.getType() == null
                && q.getTenantId() == null;
    }

    private List<Group> sortedGroups(List<Group> groups, List<Ordering> order) {
        Comparator<Group> combined = (a, b) -> 0;
        for (Ordering o : order) {
            Comparator<Group> one =
                    Comparator.comparing(g -> groupValue(g, o), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
            combined = combined.thenComparing(o.descending() ? one.reversed() : one);
        }
        return groups.stream().sorted(combined).toList();
    }

    private String groupValue(Group group, Ordering ordering) {
        LdapSettings.Attributes names = settings.getAttributes();
        if (ordering.attribute().equals(names.getGroupName())) {
            return group.getName();
        }
        return ordering.attribute().equals(names.getGroupType()) ? group.getType() : group.getId();
    }

    private static <T> List<T> slice(List<T> all, int first, int max) {
        int from = Math.min(Math.max(first, 0), all.size());
        return all.subList(from, (int) Math.min(all.size(), (long) from + Math.max(max, 0)));
    }
}
