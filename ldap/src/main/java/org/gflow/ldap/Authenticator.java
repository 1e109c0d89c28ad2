package org.gflow.ldap;

import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.Optional;

/**
 * Checks a user's password by binding to the directory as that user.
 *
 * <p>A wrong password, an unknown user and a locked account all give the same answer,
 * {@code false}, so a caller cannot learn which it was. An account is locked when its entry
 * carries the configured lock attribute (by default {@code pwdAccountLockedTime}, the attribute
 * OpenLDAP's password policy sets); such an account is refused before any bind is attempted.
 */
public class Authenticator {

    private final DirectorySearch search;
    private final DirectoryFilters filters;

    public Authenticator(LdapDirectory directory) {
        this(new DirectorySearch(directory));
    }

    public Authenticator(DirectorySearch search) {
        this.search = search;
        this.filters = new DirectoryFilters(search.directory().settings());
    }

    /** @throws DirectoryUnavailableException if the directory cannot be reached */
    public boolean authenticate(String userId, String password) {
        if (userId == null || userId.isEmpty() || password == null || password.isEmpty()) {
            return false;
        }
        LdapSettings settings = search.directory().settings();
        String locked = settings.getAttributes().getLocked();
        Optional<SearchResultEntry> user = search.unique(settings.getUserBase(), filters.user(userId), locked);
        if (user.isEmpty() || user.get().hasAttribute(locked)) {
            return false;
        }
        return search.directory().bindSucceeds(user.get().getDN(), password);
    }
}
