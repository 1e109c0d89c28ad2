package org.gflow.ldap.identity;

import com.unboundid.ldap.sdk.Filter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.gflow.ldap.DirectoryFilters;
import org.gflow.ldap.LdapSettings;

/**
 * Turns the criteria of Camunda's user and group queries into directory filters. Criteria
 * that need another lookup first (members of a group, groups of a user) are resolved through
 * the given functions; when such a lookup finds nothing, the whole query can match nothing and
 * the result is empty, so no search is sent.
 */
final class IdentityFilters {

    private final DirectoryFilters filters;
    private final LdapSettings.Attributes names;

    IdentityFilters(LdapSettings settings) {
        this.filters = new DirectoryFilters(settings);
        this.names = settings.getAttributes();
    }

    /** @param membersOfGroup ids of a group's members (empty for an unknown group) */
    Optional<Filter> users(UserQueryImpl query, Function<String, List<String>> membersOfGroup) {
        if (query.getTenantId() != null) {
            return Optional.empty(); // the directory has no tenants
        }
        List<Filter> all = new ArrayList<>();
        all.add(filters.anyUser());
        equal(all, names.getId(), query.getId());
        if (query.getIds() != null) {
            all.add(DirectoryFilters.anyOf(names.getId(), Arrays.asList(query.getIds())));
        }
        equal(all, names.getFirstName(), query.getFirstName());
        like(all, names.getFirstName(), query.getFirstNameLike());
        equal(all, names.getLastName(), query.getLastName());
        like(all, names.getLastName(), query.getLastNameLike());
        equal(all, names.getEmail(), query.getEmail());
        like(all, names.getEmail(), query.getEmailLike());
        if (query.getGroupId() != null) {
            List<String> members = membersOfGroup.apply(query.getGroupId());
            if (members.isEmpty()) {
                return Optional.empty();
            }
            all.add(DirectoryFilters.anyOf(names.getId(), members));
        }
        return Optional.of(Filter.createANDFilter(all));
    }

    /** @param dnOfUser the DN of a user's entry, empty for an unknown user */
    Optional<Filter> groups(GroupQueryImpl query, Function<String, Optional<String>> dnOfUser) {
        if (query.getTenantId() != null) {
            return Optional.empty();
        }
        List<Filter> all = new ArrayList<>();
        all.add(filters.anyGroup());
        equal(all, names.getGroupId(), query.getId());
        if (query.getIds() != null) {
            all.add(DirectoryFilters.anyOf(names.getGroupId(), Arrays.asList(query.getIds())));
        }
        equal(all, names.getGroupName(), query.getName());
        like(all, names.getGroupName(), query.getNameLike());
        equal(all, names.getGroupType(), query.getType());
        if (query.getUserId() != null) {
            Optional<String> dn = dnOfUser.apply(query.getUserId());
            if (dn.isEmpty()) {
                return Optional.empty();
            }
            all.add(filters.groupsWithMember(dn.get()));
        }
        return Optional.of(Filter.createANDFilter(all));
    }

    private static void equal(List<Filter> all, String attribute, String value) {
        if (value != null) {
            all.add(Filter.createEqualityFilter(attribute, value));
        }
    }

    private static void like(List<Filter> all, String attribute, String pattern) {
        if (pattern != null) {
            all.add(DirectoryFilters.like(attribute, pattern));
        }
    }
}
