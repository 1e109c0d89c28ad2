package org.gflow.ldap.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gflow.ldap.Authenticator;
import org.gflow.ldap.DirectoryPeople;
import org.gflow.ldap.DirectorySearch;
import org.gflow.ldap.LdapDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo seed holds what the processes and the README promise. */
class EmbeddedDirectoryTest {

    private static final List<String> MINISTRIES = List.of("opm", "moic", "mtc", "mpwt", "monre", "mof");
    private static EmbeddedDirectory embedded;
    private static LdapDirectory directory;
    private static DirectoryPeople people;

    @BeforeAll
    static void start() {
        embedded = EmbeddedDirectory.start(0);
        directory = new LdapDirectory(embedded.settings());
        people = new DirectoryPeople(directory);
    }

    @AfterAll
    static void stop() {
        directory.close();
        embedded.close();
    }

    /** The group names the processes use, as COMMON to every module. */
    static List<String> processGroups() {
        List<String> groups = new ArrayList<>(List.of("opm-hotline-operators", "opm-hotline-triage", "gflow-admins"));
        for (String org : List.of("mtc", "mpwt", "moic", "monre", "mof", "vientiane", "bokeo", "xaisomboun")) {
            groups.add(org + "-hotline-verifiers");
            groups.add(org + "-hotline-supervisors");
        }
        for (String ministry : List.of("moic", "mtc", "mpwt", "monre")) {
            groups.addAll(List.of(
                    ministry + "-front-office", ministry + "-licence-reviewers", ministry + "-licence-directors"));
        }
        for (String org : List.of("monre", "mof", "mtc", "mpwt", "moic")) {
            groups.add(org + "-permit-consultation");
        }
        for (String ministry : MINISTRIES) {
            for (String role : List.of("drafters", "division-heads", "department-heads", "vice-ministers")) {
                groups.add(ministry + "-" + role);
            }
        }
        return groups;
    }

    @Test
    void everyProcessGroupHasSomeone() {
        for (String group : processGroups()) {
            assertThat(people.membersOf(group)).as(group).isNotEmpty();
        }
        assertThat(people.membersOf("gflow-admins")).contains("admin");
        assertThat(people.membersOf("no-such-group")).isEmpty();
    }

    @Test
    void everyMinistryHasASignOffChain() {
        for (String ministry : MINISTRIES) {
            String drafter = people.membersOf(ministry + "-drafters").get(0);
            Optional<String> divisionHead = people.managerOf(drafter);
            Optional<String> departmentHead = divisionHead.flatMap(people::managerOf);
            Optional<String> viceMinister = departmentHead.flatMap(people::managerOf);
            assertThat(people.membersOf(ministry + "-division-heads"))
                    .as(ministry)
                    .contains(divisionHead.orElseThrow());
            assertThat(people.membersOf(ministry + "-department-heads"))
                    .as(ministry)
                    .contains(departmentHead.orElseThrow());
            assertThat(people.membersOf(ministry + "-vice-ministers"))
                    .as(ministry)
                    .contains(viceMinister.orElseThrow());
            assertThat(viceMinister.flatMap(people::managerOf))
                    .as("the chain ends")
                    .isEmpty();
            assertThat(people.organisationOf(drafter)).contains(ministry);
        }
    }

    @Test
    void everyDemoAccountLogsInWithDemoExceptTheLockedOne() {
        Authenticator authenticator = new Authenticator(new DirectorySearch(directory));
        assertThat(embedded.demoUserIds()).hasSizeGreaterThan(50).contains("admin");
        List<String> refused = embedded.demoUserIds().stream()
                .filter(id -> !authenticator.authenticate(id, "demo"))
                .toList();
        assertThat(refused).containsExactly("chansamone.mof");
    }

    @Test
    void theNetworkSeesAReadOnlyDirectoryForBoundClientsOnly() throws LDAPException {
        try (LDAPConnection anonymous = new LDAPConnection("127.0.0.1", embedded.port())) {
            assertThatThrownBy(() -> anonymous.search(
                            EmbeddedDirectory.BASE_DN, SearchScope.SUB, Filter.createPresenceFilter("uid")))
                    .isInstanceOfSatisfying(
                            LDAPException.class,
                            e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.INSUFFICIENT_ACCESS_RIGHTS));
        }
        try (LDAPConnection admin =
                new LDAPConnection("127.0.0.1", embedded.port(), "uid=admin," + EmbeddedDirectory.USER_BASE, "demo")) {
            assertThatThrownBy(() -> admin.modify(
                            "uid=admin," + EmbeddedDirectory.USER_BASE,
                            new Modification(ModificationType.REPLACE, "userPassword", "mine")))
                    .isInstanceOfSatisfying(
                            LDAPException.class,
                            e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.UNWILLING_TO_PERFORM));
        }
    }

    @Test
    void settingsPointAtTheRunningServer() {
        assertThat(embedded.settings().getUrl()).isEqualTo("ldap://127.0.0.1:" + embedded.port());
        assertThat(embedded.settings().getBindPassword()).hasSizeGreaterThan(20);
        assertThatThrownBy(() -> EmbeddedDirectory.start(70000)).isInstanceOf(IllegalArgumentException.class);
    }
}
