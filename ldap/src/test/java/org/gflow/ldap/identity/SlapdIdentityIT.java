package org.gflow.ldap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.gflow.ldap.DirectoryPeople;
import org.gflow.ldap.LdapDirectory;
import org.gflow.ldap.LdapSettings;
import org.gflow.ldap.testing.SlapdServer;
import org.junit.jupiter.api.Test;

/** The identity contract against a real OpenLDAP slapd with a layout of its own. */
class SlapdIdentityIT extends IdentityContract {

    private SlapdServer slapd;

    @Override
    protected LdapDirectory startDirectory() {
        slapd = new SlapdServer();
        LdapSettings settings = slapd.settings();
        settings.setCacheTtl(Duration.ZERO);
        settings.setPageSize(3);
        return new LdapDirectory(settings);
    }

    @Override
    protected DirectoryFacts facts() {
        return new DirectoryFacts(
                "bokeo-hotline-verifiers",
                List.of("bounleua.bk", "noy.bk"),
                "bounleua.bk",
                "ບຸນເຫຼືອ",
                "ສີວົງໄຊ",
                "bounleua@bokeo.gov.la",
                SlapdServer.PASSWORD,
                "dao.mo",
                List.of(
                        "sone.bk",
                        "bounleua.bk",
                        "noy.bk",
                        "phet.mo",
                        "vanh.mo",
                        "dao.mo",
                        "ket.mf",
                        "lay.op",
                        "ton.op",
                        "sysadmin"));
    }

    @Override
    protected void stopDirectory() {
        slapd.stop();
    }

    @Override
    protected void startDirectoryAgain() {
        slapd.start();
    }

    @Override
    protected void closeDirectory() {
        slapd.close();
    }

    /** Which ordering path runs, so the contract's sorting checks exercise the client-side path here. */
    @Test
    void slapdWithoutTheSortOverlayIsSortedOnTheClient() {
        assertThat(directory.supportsServerSideSort()).isFalse();
    }

    @Test
    void peopleAreFoundThroughAnotherIdAttribute() {
        DirectoryPeople people = new DirectoryPeople(directory);
        assertThat(people.managerOf("bounleua.bk")).contains("sone.bk");
        assertThat(people.managerOf("sone.bk")).isEmpty();
        assertThat(people.organisationOf("vanh.mo")).contains("moic");
        assertThat(people.membersOf("bokeo-hotline-verifiers")).containsExactly("bounleua.bk", "noy.bk");
    }

    @Test
    void aMembershipChangeIsSeenWithoutCache() throws LDAPException {
        String group = "cn=opm-hotline-triage,ou=roles," + SlapdServer.BASE_DN;
        String member = "cn=Lay Soulivong,ou=staff," + SlapdServer.BASE_DN;
        try (LDAPConnection admin = slapd.connectAsAdmin()) {
            admin.modify(group, new Modification(ModificationType.ADD, "uniqueMember", member));
            assertThat(identity.createGroupQuery().groupMember("lay.op").list())
                    .extracting(Group::getId)
                    .contains("opm-hotline-triage");
            admin.modify(group, new Modification(ModificationType.DELETE, "uniqueMember", member));
            assertThat(identity.createGroupQuery().groupMember("lay.op").list())
                    .extracting(Group::getId)
                    .containsExactly("opm-hotline-operators");
        }
    }
}
