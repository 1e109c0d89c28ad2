package org.gflow.ldap;

import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the processes need to know about people beyond Camunda's identity interface: who a
 * civil servant's manager is (for sign-off chains), which organisation they belong to, and
 * who is in a group. Always read live from the directory.
 */
public class DirectoryPeople {

    private static final String TITLE = "title";

    private final DirectorySearch search;
    private final DirectoryFilters filters;
    private final LdapSettings settings;

    public DirectoryPeople(LdapDirectory directory) {
        this.search = new DirectorySearch(directory);
        this.settings = directory.settings();
        this.filters = new DirectoryFilters(settings);
    }

    /** The id of the user's manager, following the {@code manager} DN; empty if none or unknown user. */
    public Optional<String> managerOf(String userId) {
        String managerAttribute = settings.getAttributes().getManager();
        return userAttribute(userId, managerAttribute)
                .flatMap(managerDn ->
                        search.idOf(managerDn, settings.getAttributes().getId()));
    }

    /** The user's organisation code, such as {@code moic} or {@code bokeo}. */
    public Optional<String> organisationOf(String userId) {
        return userAttribute(userId, settings.getAttributes().getOrganisation());
    }

    /**
     * The user's titles as the directory holds them, one per language ({@code title} is
     * multi-valued: "ຜູ້ອຳນວຍການ…" and "Licence director, …"); empty for an unknown user.
     */
    public List<String> titlesOf(String userId) {
        if (userId == null || userId.isEmpty()) {
            return List.of();
        }
        return search.unique(settings.getUserBase(), filters.user(userId), TITLE)
                .map(entry -> entry.getAttributeValues(TITLE))
                .map(List::of)
                .orElse(List.of());
    }

    /** Ids of the group's members, in directory order; empty for an unknown group. */
    public List<String> membersOf(String groupId) {
        String memberAttribute = settings.getAttributes().getMember();
        return search.unique(settings.getGroupBase(), filters.group(groupId), memberAttribute)
                .map(group -> memberIds(group, memberAttribute))
                .orElse(List.of());
    }

    private List<String> memberIds(SearchResultEntry group, String memberAttribute) {
        String[] dns = group.getAttributeValues(memberAttribute);
        if (dns == null) {
            return List.of();
        }
        String idAttribute = settings.getAttributes().getId();
        return Arrays.stream(dns)
                .map(dn -> search.idOf(dn, idAttribute))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<String> userAttribute(String userId, String attribute) {
        if (userId == null || userId.isEmpty()) {
            return Optional.empty();
        }
        return search.unique(settings.getUserBase(), filters.user(userId), attribute)
                .map(entry -> entry.getAttributeValue(attribute));
    }
}
