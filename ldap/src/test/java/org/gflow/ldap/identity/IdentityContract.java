package org.gflow.ldap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.gflow.ldap.DirectoryUnavailableException;
import org.gflow.ldap.LdapDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The behaviours every directory must show through Camunda's own identity API: a plain
 * in-memory engine with the identity provider plugin, asked the questions Cockpit, Admin and
 * the REST API ask. Subclasses supply the directory and what it contains.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IdentityContract {

    private static final List<String> HOSTILE = List.of("*)(uid=*", "\\2a", "*", "admin)(|(uid=*", "\u0000");

    protected LdapDirectory directory;
    private ProcessEngine engine;
    protected IdentityService identity;

    /** Starts the directory under test and returns a client of it (uncached). */
    protected abstract LdapDirectory startDirectory();

    protected abstract DirectoryFacts facts();

    protected abstract void stopDirectory();

    protected abstract void startDirectoryAgain();

    /** Shuts the directory under test down for good. */
    protected abstract void closeDirectory();

    @BeforeAll
    void startEngine() {
        directory = startDirectory();
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("ldap-" + UUID.randomUUID());
        configuration.setJdbcUrl("jdbc:h2:mem:" + configuration.getProcessEngineName());
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(List.of(new LdapIdentityProviderPlugin(directory)));
        engine = configuration.buildProcessEngine();
        identity = engine.getIdentityService();
    }

    @AfterAll
    void stopEngine() {
        if (engine != null) {
            engine.close();
        }
        if (directory != null) {
            directory.close();
        }
        closeDirectory();
    }

    @Test
    void theIdentityServiceIsReadOnly() {
        assertThat(identity.isReadOnly()).isTrue();
    }

    @Test
    void membersOfAGroupAreItsMembers() {
        List<User> members =
                identity.createUserQuery().memberOfGroup(facts().groupId()).list();
        assertThat(members).extracting(User::getId).containsExactlyInAnyOrderElementsOf(facts().groupMembers());
        assertThat(identity.createUserQuery().memberOfGroup(facts().groupId()).count())
                .isEqualTo(facts().groupMembers().size());
    }

    @Test
    void groupsOfAUserIncludeTheirGroup() {
        List<Group> groups =
                identity.createGroupQuery().groupMember(facts().userId()).list();
        assertThat(groups).extracting(Group::getId).contains(facts().groupId());
        assertThat(identity.createGroupQuery()
                        .groupMember(facts().userId())
                        .groupId(facts().groupId())
                        .count())
                .isEqualTo(1);
        assertThat(identity.createGroupQuery().groupMember("nobody-at-all").list())
                .isEmpty();
    }

    @Test
    void laoNamesRoundTripIntact() {
        User user = identity.createUserQuery().userId(facts().userId()).singleResult();
        assertThat(user.getFirstName()).isEqualTo(facts().firstName());
        assertThat(user.getLastName()).isEqualTo(facts().lastName());
        assertThat(user.getEmail()).isEqualTo(facts().email());
        assertThat(identity.createUserQuery().userFirstName(facts().firstName()).list())
                .extracting(User::getId)
                .contains(facts().userId());
    }

    @Test
    void likeQueriesMatchSubstrings() {
        String first = facts().firstName();
        String last = facts().lastName();
        String email = facts().email();
        assertThat(ids(identity.createUserQuery()
                        .userFirstNameLike(first.substring(0, 2) + "%")
                        .list()))
                .contains(facts().userId());
        assertThat(ids(identity.createUserQuery()
                        .userLastNameLike("%" + last.substring(1))
                        .list()))
                .contains(facts().userId());
        assertThat(ids(identity.createUserQuery()
                        .userEmailLike("%" + email.substring(email.indexOf('@')))
                        .list()))
                .contains(facts().userId());
        assertThat(ids(identity.createUserQuery().userEmailLike("%").list())).contains(facts().userId());
        assertThat(identity.createGroupQuery()
                        .groupIdIn(facts().groupId(), "no-such-group")
                        .list())
                .extracting(Group::getId)
                .containsExactly(facts().groupId());
    }

    @Test
    void userIdListsFindExactlyThoseUsers() {
        List<String> two = facts().groupMembers()
                .subList(0, Math.min(2, facts().groupMembers().size()));
        assertThat(ids(identity.createUserQuery()
                        .userIdIn(two.toArray(String[]::new))
                        .list()))
                .containsExactlyInAnyOrderElementsOf(two);
    }

    @Test
    void sortingAndPagingFollowTheDirectory() {
        List<String> all = facts().allUserIds().stream()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        assertThat(identity.createUserQuery().count()).isEqualTo(all.size());
        assertThat(ids(identity.createUserQuery().orderByUserId().asc().listPage(0, 3)))
                .isEqualTo(all.subList(0, 3));
        assertThat(ids(identity.createUserQuery().orderByUserId().asc().listPage(3, 4)))
                .isEqualTo(all.subList(3, 7));
        List<String> descending =
                all.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList();
        assertThat(ids(identity.createUserQuery().orderByUserId().desc().listPage(1, 2)))
                .isEqualTo(descending.subList(1, 3));
        assertThat(identity.createUserQuery().listPage(all.size() - 1, 10)).hasSize(1);
        assertThat(ids(identity.createUserQuery().orderByUserId().asc().list())).isEqualTo(all);
    }

    @Test
    void groupsSortByIdAndPage() {
        List<String> groups = identity.createGroupQuery().orderByGroupId().asc().list().stream()
                .map(Group::getId)
                .toList();
        assertThat(groups).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).contains(facts().groupId());
        assertThat(identity.createGroupQuery().orderByGroupId().asc().listPage(1, 2).stream()
                        .map(Group::getId))
                .containsExactlyElementsOf(groups.subList(1, 3));
        assertThat(identity.createGroupQuery().count()).isEqualTo(groups.size());
    }

    @Test
    void groupsFilterByTypeAndLaoName() {
        assertThat(identity.createGroupQuery().groupType("SYSTEM").list())
                .extracting(Group::getId)
                .containsExactly("gflow-admins");
        assertThat(identity.createGroupQuery().groupType("WORKFLOW").list())
                .extracting(Group::getId)
                .contains(facts().groupId())
                .doesNotContain("gflow-admins");
        Group group = identity.createGroupQuery().groupId(facts().groupId()).singleResult();
        String laoWord = group.getName().substring(0, group.getName().indexOf(' '));
        assertThat(identity.createGroupQuery().groupNameLike(laoWord + "%").list())
                .extracting(Group::getId)
                .contains(facts().groupId());
        assertThat(identity.createGroupQuery().groupName(group.getName()).list())
                .extracting(Group::getId)
                .containsExactly(facts().groupId());
    }

    @Test
    void hostileInputFindsNothing() {
        for (String input : HOSTILE) {
            assertThat(identity.createUserQuery().userId(input).list())
                    .as(input)
                    .isEmpty();
            assertThat(identity.createUserQuery().userIdIn(input).list())
                    .as(input)
                    .isEmpty();
            assertThat(identity.createUserQuery().userFirstName(input).list())
                    .as(input)
                    .isEmpty();
            assertThat(identity.createUserQuery().userEmailLike(input).list())
                    .as(input)
                    .isEmpty();
            assertThat(identity.createUserQuery().memberOfGroup(input).list())
                    .as(input)
                    .isEmpty();
            assertThat(identity.createGroupQuery().groupId(input).list())
                    .as(input)
                    .isEmpty();
            assertThat(identity.createGroupQuery().groupNameLike(input).list())
                    .as(input)
                    .isEmpty();
            assertThat(identity.createGroupQuery().groupMember(input).list())
                    .as(input)
                    .isEmpty();
            assertThat(identity.checkPassword(input, facts().password()))
                    .as(input)
                    .isFalse();
            assertThat(identity.checkPassword(facts().userId(), input))
                    .as(input)
                    .isFalse();
        }
    }

    @Test
    void onlyTheRightPasswordOfAnUnlockedAccountIsAccepted() {
        assertThat(identity.checkPassword(facts().userId(), facts().password())).isTrue();
        assertThat(identity.checkPassword(facts().userId(), facts().password() + "x"))
                .isFalse();
        assertThat(identity.checkPassword(facts().userId(), "")).isFalse();
        assertThat(identity.checkPassword("no-such-user", facts().password())).isFalse();
        assertThat(identity.checkPassword(facts().lockedUserId(), facts().password()))
                .isFalse();
    }

    @Test
    void thereAreNoTenants() {
        assertThat(identity.createTenantQuery().count()).isZero();
        assertThat(identity.createTenantQuery().userMember(facts().userId()).list())
                .isEmpty();
        assertThat(identity.createUserQuery().memberOfTenant("any").list()).isEmpty();
    }

    @Test
    void anOutageIsReportedAndTheSameClientRecoversAfterIt() {
        stopDirectory();
        try {
            assertThatThrownBy(() -> identity.createUserQuery()
                            .memberOfGroup(facts().groupId())
                            .list())
                    .isInstanceOf(DirectoryUnavailableException.class);
            assertThatThrownBy(() -> identity.checkPassword(facts().userId(), facts().password()))
                    .isInstanceOf(DirectoryUnavailableException.class);
        } finally {
            startDirectoryAgain();
        }
        assertThat(identity.createUserQuery().memberOfGroup(facts().groupId()).count())
                .isEqualTo(facts().groupMembers().size());
        assertThat(identity.checkPassword(facts().userId(), facts().password())).isTrue();
    }

    private static List<String> ids(List<User> users) {
        return users.stream().map(User::getId).toList();
    }
}
