package org.gflow.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.ServerSideSortRequestControl;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.ldap.sdk.controls.SortKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Searches with paging and ordering done in the directory where it can be.
 *
 * <p>Results are always fetched with the simple paged-results control (RFC 2696), so a
 * directory's size limit is never hit and only the pages up to {@code first + max} entries are
 * transferred. Ordering uses the server-side sort control (RFC 2891) when the directory
 * announces it (the embedded directory does); otherwise every match is fetched (only the
 * requested attributes, page by page), sorted here case-insensitively and then sliced — correct,
 * but linear in the number of matches.
 */
public class DirectorySearch {

    /** Requests no attributes, for counting and existence checks. */
    public static final String NO_ATTRIBUTES = SearchRequest.NO_ATTRIBUTES;

    private final LdapDirectory directory;

    public DirectorySearch(LdapDirectory directory) {
        this.directory = directory;
    }

    public LdapDirectory directory() {
        return directory;
    }

    /** Entries {@code first .. first+max-1} of the matches under {@code base}, in {@code order}. */
    public List<SearchResultEntry> list(
            String base, Filter filter, List<Ordering> order, int first, int max, String... attributes) {
        if (max <= 0) {
            return List.of();
        }
        if (order.isEmpty()) {
            return pages(base, filter, null, first, max, attributes);
        }
        if (directory.supportsServerSideSort()) {
            return pages(base, filter, sortKeys(order), first, max, attributes);
        }
        List<SearchResultEntry> all = pages(base, filter, null, 0, Integer.MAX_VALUE, attributes);
        all.sort(comparator(order));
        return all.subList(Math.min(first, all.size()), (int) Math.min(all.size(), (long) first + max));
    }

    public long count(String base, Filter filter) {
        return pages(base, filter, null, 0, Integer.MAX_VALUE, NO_ATTRIBUTES).size();
    }

    /** The single match, or empty; more than one match is a configuration error. */
    public Optional<SearchResultEntry> unique(String base, Filter filter, String... attributes) {
        List<SearchResultEntry> found = pages(base, filter, null, 0, 2, attributes);
        if (found.size() > 1) {
            throw new IllegalStateException("More than one directory entry under " + base + " matches " + filter);
        }
        return found.stream().findFirst();
    }

    /** Reads one entry by DN; empty when it does not exist. */
    public Optional<SearchResultEntry> entry(String dn, String... attributes) {
        return Optional.ofNullable(directory.read(connection -> connection.getEntry(dn, attributes)));
    }

    /**
     * The value of {@code idAttribute} of the entry at {@code dn}: taken from the DN itself when
     * its first component is that attribute (no round trip), else read from the entry.
     */
    public Optional<String> idOf(String dn, String idAttribute) {
        try {
            RDN rdn = new DN(dn).getRDN();
            if (rdn != null && !rdn.isMultiValued() && rdn.hasAttribute(idAttribute)) {
                return Optional.of(rdn.getAttributeValues()[0]);
            }
        } catch (LDAPException e) {
            return Optional.empty(); // a malformed DN in a member list names nobody
        }
        return entry(dn, idAttribute).map(entry -> entry.getAttributeValue(idAttribute));
    }

    private List<SearchResultEntry> pages(
            String base, Filter filter, SortKey[] sort, int first, int max, String... attributes) {
        int pageSize = (int) Math.min(directory.settings().getPageSize(), (long) first + max);
        return directory.read(connection -> {
            List<SearchResultEntry> out = new ArrayList<>();
            long seen = 0;
            ASN1OctetString cookie = null;
            do {
                SearchRequest request = new SearchRequest(base, SearchScope.SUB, filter, attributes);
                request.addControl(new SimplePagedResultsControl(pageSize, cookie, false));
                if (sort != null) {
                    request.addControl(new ServerSideSortRequestControl(false, sort));
                }
                SearchResult result = connection.search(request);
                for (SearchResultEntry entry : result.getSearchEntries()) {
                    if (seen++ >= first && out.size() < max) {
                        out.add(entry);
                    }
                }
                cookie = nextCookie(result);
                if (out.size() >= max && cookie != null) {
                    release(connection, base, filter, cookie);
                    cookie = null;
                }
            } while (cookie != null);
            return out;
        });
    }

    private static ASN1OctetString nextCookie(SearchResult result) throws LDAPException {
        SimplePagedResultsControl response = SimplePagedResultsControl.get(result);
        if (response == null || response.getCookie().getValueLength() == 0) {
            return null;
        }
        return response.getCookie();
    }

    /** Tells the server we are done with a paged search we stop early (page size 0, RFC 2696). */
    private static void release(LDAPConnection connection, String base, Filter filter, ASN1OctetString cookie)
            throws LDAPException {
        SearchRequest done = new SearchRequest(base, SearchScope.SUB, filter, NO_ATTRIBUTES);
        done.addControl(new SimplePagedResultsControl(0, cookie, false));
        connection.search(done);
    }

    private static SortKey[] sortKeys(List<Ordering> order) {
        return order.stream()
                .map(o -> new SortKey(o.attribute(), o.descending()))
                .toArray(SortKey[]::new);
    }

    private static Comparator<SearchResultEntry> comparator(List<Ordering> order) {
        Comparator<SearchResultEntry> combined = (a, b) -> 0;
        for (Ordering o : order) {
            Comparator<String> values = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
            Comparator<SearchResultEntry> one = Comparator.comparing(e -> e.getAttributeValue(o.attribute()), values);
            combined = combined.thenComparing(o.descending() ? one.reversed() : one);
        }
        return combined;
    }
}
