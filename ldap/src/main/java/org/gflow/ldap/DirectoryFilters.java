package org.gflow.ldap;

import com.unboundid.ldap.sdk.Filter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every filter G-Flow sends to the directory, built only with the SDK's filter factories so
 * that values are escaped by the SDK: input such as {@code *)(uid=*} or {@code \2a} is matched
 * literally and finds nothing. Filter strings are never parsed or concatenated (an
 * architecture test enforces this).
 */
public class DirectoryFilters {

    private static final String OBJECT_CLASS = "objectClass";
    private static final char LIKE_WILDCARD = '%';

    private final LdapSettings settings;

    public DirectoryFilters(LdapSettings settings) {
        this.settings = settings;
    }

    public Filter anyUser() {
        return Filter.createEqualityFilter(OBJECT_CLASS, settings.getUserObjectClass());
    }

    public Filter anyGroup() {
        return Filter.createEqualityFilter(OBJECT_CLASS, settings.getGroupObjectClass());
    }

    public Filter user(String userId) {
        return Filter.createANDFilter(
                anyUser(), Filter.createEqualityFilter(settings.getAttributes().getId(), userId));
    }

    public Filter group(String groupId) {
        return Filter.createANDFilter(
                anyGroup(), Filter.createEqualityFilter(settings.getAttributes().getGroupId(), groupId));
    }

    /** Groups that list {@code memberDn} as a member. */
    public Filter groupsWithMember(String memberDn) {
        return Filter.createANDFilter(
                anyGroup(), Filter.createEqualityFilter(settings.getAttributes().getMember(), memberDn));
    }

    /** {@code attribute} equal to any of {@code values}; with no values, a filter that matches nothing. */
    public static Filter anyOf(String attribute, List<String> values) {
        List<Filter> each = new ArrayList<>(values.size());
        for (String value : values) {
            each.add(Filter.createEqualityFilter(attribute, value));
        }
        return Filter.createORFilter(each); // an empty OR is "false" (RFC 4526)
    }

    /**
     * Camunda's "like": {@code %} matches any run of characters, every other character itself.
     * Without a {@code %} this is an equality filter.
     */
    public static Filter like(String attribute, String pattern) {
        if (pattern.indexOf(LIKE_WILDCARD) < 0) {
            return Filter.createEqualityFilter(attribute, pattern);
        }
        List<String> parts = Arrays.asList(pattern.split(String.valueOf(LIKE_WILDCARD), -1));
        String initial = emptyToNull(parts.get(0));
        String last = emptyToNull(parts.get(parts.size() - 1));
        String[] middle = parts.subList(1, parts.size() - 1).stream()
                .filter(p -> !p.isEmpty())
                .toArray(String[]::new);
        if (initial == null && last == null && middle.length == 0) {
            return Filter.createPresenceFilter(attribute);
        }
        return Filter.createSubstringFilter(attribute, initial, middle, last);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
