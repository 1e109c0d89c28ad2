package org.gflow.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryFiltersTest {

    @Test
    void likeWithoutWildcardIsEquality() {
        assertThat(DirectoryFilters.like("cn", "keo")).hasToString("(cn=keo)");
    }

    @Test
    void percentSignsBecomeSubstringParts() {
        assertThat(DirectoryFilters.like("cn", "ab%")).hasToString("(cn=ab*)");
        assertThat(DirectoryFilters.like("cn", "%ab")).hasToString("(cn=*ab)");
        assertThat(DirectoryFilters.like("cn", "%a%%b%")).hasToString("(cn=*a*b*)");
        assertThat(DirectoryFilters.like("cn", "a%b%c")).hasToString("(cn=a*b*c)");
        assertThat(DirectoryFilters.like("cn", "%%")).hasToString("(cn=*)");
    }

    @Test
    void filterSyntaxInValuesIsEscaped() {
        assertThat(DirectoryFilters.like("uid", "*)(uid=*")).hasToString("(uid=\\2a\\29\\28uid=\\2a)");
        assertThat(DirectoryFilters.like("uid", "\\2a")).hasToString("(uid=\\5c2a)");
        assertThat(DirectoryFilters.like("uid", "%*)(|(uid=%")).hasToString("(uid=*\\2a\\29\\28|\\28uid=*)");
    }

    @Test
    void anyOfNothingMatchesNothing() {
        assertThat(DirectoryFilters.anyOf("uid", List.of())).hasToString("(|)");
        assertThat(DirectoryFilters.anyOf("uid", List.of("a", "b*"))).hasToString("(|(uid=a)(uid=b\\2a))");
    }

    @Test
    void userAndGroupFiltersUseTheConfiguredNames() {
        LdapSettings settings = new LdapSettings();
        settings.setGroupObjectClass("groupOfUniqueNames");
        settings.getAttributes().setId("sAMAccountName");
        settings.getAttributes().setMember("uniqueMember");
        DirectoryFilters filters = new DirectoryFilters(settings);
        assertThat(filters.user("keo")).hasToString("(&(objectClass=inetOrgPerson)(sAMAccountName=keo))");
        assertThat(filters.groupsWithMember("cn=Keo,ou=staff"))
                .hasToString("(&(objectClass=groupOfUniqueNames)(uniqueMember=cn=Keo,ou=staff))");
    }
}
