package org.gflow.ldap.identity;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.gflow.ldap.LdapDirectory;

/**
 * The directory look-ups every request makes — the password check, the user's own spelling of
 * their id, their groups — answered straight from the directory and its caches, outside any
 * engine command. Going through Camunda's identity service would open a command, and with it a
 * database transaction: under load a sign-in would then wait for a JDBC connection behind task
 * queries although it never touches the database. The engine's identity provider shares the same
 * reader, so both see one connection pool and one cache.
 */
public final class DirectoryIdentities {

    private final IdentityReader reader;

    public DirectoryIdentities(LdapDirectory directory) {
        this.reader = new IdentityReader(directory);
    }

    IdentityReader reader() {
        return reader;
    }

    /**
     * True if the password is the user's; a wrong password, an unknown user and a locked account
     * all answer false. A success is remembered for {@code gflow.ldap.password-cache-ttl}.
     *
     * @throws org.gflow.ldap.DirectoryUnavailableException if the directory cannot be reached
     */
    public boolean checkPassword(String userId, String password) {
        return reader.checkPassword(userId, password);
    }

    /** The id as the directory spells it ({@code ADMIN} is {@code admin}); empty if there is no such user. */
    public Optional<String> canonicalUserId(String userId) {
        return reader.userById(userId).map(User::getId);
    }

    /** The user's entry (names, e-mail), from the user cache; empty if there is no such user. */
    public Optional<User> user(String userId) {
        return reader.userById(userId);
    }

    /** The ids of the user's groups, from the single-flight group cache. */
    public List<String> groupIdsOf(String userId) {
        return reader.groupsOf(userId).stream().map(Group::getId).toList();
    }
}
