package org.gflow.ldap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.gflow.ldap.LdapDirectory;
import org.gflow.ldap.LdapSettings;
import org.gflow.ldap.embedded.EmbeddedDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * Memberships and users are cached for the TTL and no longer, and an expired entry is loaded
 * once for any number of concurrent callers; a password success is remembered only for the very
 * same password, and a failure forgets it.
 */
class IdentityCacheTest {

    private static final String VERIFIER = "nalinh.bokeo";
    private static final String VERIFIER_DN = "uid=" + VERIFIER + "," + EmbeddedDirectory.USER_BASE;
    private static final String GROUP_DN = "cn=bokeo-hotline-verifiers," + EmbeddedDirectory.GROUP_BASE;

    private final MutableClock clock = MutableClock.of(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private EmbeddedDirectory embedded;
    private LdapDirectory directory;
    private IdentityReader reader;

    @BeforeEach
    void start() {
        embedded = EmbeddedDirectory.start(0);
        LdapSettings settings = embedded.settings();
        settings.setCacheTtl(Duration.ofSeconds(60));
        settings.setPasswordCacheTtl(Duration.ofSeconds(60));
        directory = new LdapDirectory(settings, clock);
        reader = new IdentityReader(directory);
    }

    private IdentityReader readerWithoutPasswordCache() {
        LdapSettings settings = embedded.settings();
        settings.setPasswordCacheTtl(Duration.ZERO);
        return new IdentityReader(new LdapDirectory(settings, clock));
    }

    @AfterEach
    void stop() {
        directory.close();
        embedded.close();
    }

    @Test
    void aRemovedMemberLosesTheGroupWhenTheTtlRunsOut() throws LDAPException {
        // 1. the verifier's groups are read and cached
        assertThat(reader.groupsOf(VERIFIER)).extracting(Group::getId).contains("bokeo-hotline-verifiers");
        // 2. an administrator removes the verifier from the group
        embedded.server().modify(GROUP_DN, new Modification(ModificationType.DELETE, "member", VERIFIER_DN));
        // 3. before a background refresh is due (half the TTL) the cached membership answers without
        //    asking the directory; after it, a refresh may already have answered (a race on a busy machine)
        clock.add(Duration.ofSeconds(29));
        assertThat(reader.groupsOf(VERIFIER)).extracting(Group::getId).contains("bokeo-hotline-verifiers");
        // 4. once the TTL has passed, the membership is gone
        clock.add(Duration.ofSeconds(31));
        assertThat(reader.groupsOf(VERIFIER)).extracting(Group::getId).doesNotContain("bokeo-hotline-verifiers");
    }

    @Test
    void usersAreCachedForTheTtl() throws LDAPException {
        assertThat(reader.userById(VERIFIER)).map(User::getEmail).contains("nalinh@bokeo.gov.la");
        embedded.server().modify(VERIFIER_DN, new Modification(ModificationType.REPLACE, "mail", "n@bokeo.gov.la"));
        assertThat(reader.userById(VERIFIER)).map(User::getEmail).contains("nalinh@bokeo.gov.la");
        clock.add(Duration.ofSeconds(61));
        assertThat(reader.userById(VERIFIER)).map(User::getEmail).contains("n@bokeo.gov.la");
    }

    @Test
    void withoutThePasswordCacheEveryCheckAsksTheDirectory() throws LDAPException {
        IdentityReader reader = readerWithoutPasswordCache();
        assertThat(reader.checkPassword(VERIFIER, "demo")).isTrue();
        embedded.server().modify(VERIFIER_DN, new Modification(ModificationType.REPLACE, "userPassword", "changed"));
        assertThat(reader.checkPassword(VERIFIER, "demo")).isFalse();
        embedded.server()
                .modify(VERIFIER_DN, new Modification(ModificationType.ADD, "pwdAccountLockedTime", "20260102000000Z"));
        assertThat(reader.checkPassword(VERIFIER, "changed")).as("locked").isFalse();
    }

    @Test
    void aRememberedPasswordNeverAcceptsAnotherPassword() throws LDAPException {
        assertThat(reader.checkPassword(VERIFIER, "demo")).isTrue();
        // the directory now holds a new password; the old success is remembered only for "demo"
        embedded.server().modify(VERIFIER_DN, new Modification(ModificationType.REPLACE, "userPassword", "changed"));
        assertThat(reader.checkPassword(VERIFIER, "wrong"))
                .as("a wrong password")
                .isFalse();
        assertThat(reader.checkPassword(VERIFIER, "changed"))
                .as("the new password binds")
                .isTrue();
        assertThat(reader.checkPassword(VERIFIER, "demo"))
                .as("the old password binds, and fails")
                .isFalse();
    }

    @Test
    void aFailedCheckForgetsTheRememberedSuccess() throws LDAPException {
        assertThat(reader.checkPassword(VERIFIER, "demo")).isTrue();
        embedded.server().modify(VERIFIER_DN, new Modification(ModificationType.REPLACE, "userPassword", "changed"));
        // within the TTL the remembered success answers without a bind
        assertThat(reader.checkPassword(VERIFIER, "demo")).isTrue();
        // one failed attempt for the user (any spelling of the id) forgets it: the next check binds
        assertThat(reader.checkPassword(VERIFIER.toUpperCase(), "guess")).isFalse();
        assertThat(reader.checkPassword(VERIFIER, "demo")).isFalse();
    }

    @Test
    void aRememberedPasswordExpiresWithItsTtl() throws LDAPException {
        assertThat(reader.checkPassword(VERIFIER, "demo")).isTrue();
        embedded.server().modify(VERIFIER_DN, new Modification(ModificationType.REPLACE, "userPassword", "changed"));
        clock.add(Duration.ofSeconds(60));
        assertThat(reader.checkPassword(VERIFIER, "demo")).isFalse();
    }
}
