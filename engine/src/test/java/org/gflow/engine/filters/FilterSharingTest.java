package org.gflow.engine.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gflow.engine.security.CurrentUser;
import org.junit.jupiter.api.Test;

/** Who sees and who may change a saved filter, by the directory groups of the reader. */
class FilterSharingTest {

    private static final FilterCriteria ANY = new FilterCriteria(null, null, null, null, null, null, null, null);
    private static final CurrentUser SUPERVISOR =
            new CurrentUser("sengphet.bokeo", List.of("bokeo-hotline-supervisors"));
    private static final CurrentUser VERIFIER = new CurrentUser("nalinh.bokeo", List.of("bokeo-hotline-verifiers"));
    private static final CurrentUser OTHER_SUPERVISOR =
            new CurrentUser("pany.moic", List.of("moic-hotline-supervisors"));
    private static final CurrentUser ADMIN = new CurrentUser("admin", List.of(CurrentUser.ADMIN_GROUP));

    @Test
    void aSharedFilterIsSeenByTheOrganisationAndChangedByItsOwnerAndSupervisors() {
        StoredFilter shared = new StoredFilter("1", "Bokeo", VERIFIER.id(), "bokeo", ANY);
        assertThat(FilterSharing.maySee(shared, SUPERVISOR)).isTrue();
        assertThat(FilterSharing.maySee(shared, OTHER_SUPERVISOR)).isFalse();
        assertThat(FilterSharing.mayChange(shared, VERIFIER)).isTrue();
        assertThat(FilterSharing.mayChange(shared, SUPERVISOR)).isTrue();
        assertThat(FilterSharing.mayChange(shared, ADMIN)).isTrue();
        assertThat(FilterSharing.mayChange(shared, OTHER_SUPERVISOR)).isFalse();

        StoredFilter bySupervisor = new StoredFilter("2", "Bokeo", SUPERVISOR.id(), "bokeo", ANY);
        assertThat(FilterSharing.mayChange(bySupervisor, VERIFIER)).isFalse();
    }

    @Test
    void aPersonalFilterIsItsOwnersAlone() {
        StoredFilter personal = new StoredFilter("3", "mine", VERIFIER.id(), null, ANY);
        assertThat(FilterSharing.maySee(personal, SUPERVISOR)).isFalse();
        assertThat(FilterSharing.mayChange(personal, SUPERVISOR)).isFalse();
        assertThat(FilterSharing.maySee(personal, ADMIN)).isFalse();
    }

    @Test
    void onlyASupervisorOfAnOrganisationSharesWithIt() {
        assertThat(FilterSharing.maySupervise("bokeo", SUPERVISOR)).isTrue();
        assertThat(FilterSharing.maySupervise("bokeo", VERIFIER)).isFalse();
        assertThat(FilterSharing.maySupervise("bokeo", OTHER_SUPERVISOR)).isFalse();
        assertThat(FilterSharing.organisationsOf(ADMIN)).isEmpty();
    }
}
