package org.gflow.engine.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gflow.engine.security.CurrentUser;
import org.junit.jupiter.api.Test;

/** Which event each person hears of one change, by who could see the task before and after it. */
class InboxChangeTest {

    private static final CurrentUser TRIAGE = new CurrentUser("vilayvanh.opm", List.of("opm-hotline-triage"));
    private static final CurrentUser COLLEAGUE = new CurrentUser("other.opm", List.of("opm-hotline-triage"));
    private static final CurrentUser MOIC = new CurrentUser("ounkham.moic", List.of("moic-hotline-verifiers"));
    private static final CurrentUser ADMIN = new CurrentUser("admin", List.of(CurrentUser.ADMIN_GROUP));

    private static final Audience OFFERED = new Audience(null, null, List.of(), List.of("opm-hotline-triage"));
    private static final Audience CLAIMED =
            new Audience("vilayvanh.opm", null, List.of(), List.of("opm-hotline-triage"));

    @Test
    void anArrivalReachesTheGroupAndAdminsOnly() {
        InboxChange arrived = change(Audience.NOBODY, OFFERED, true);
        assertThat(arrived.eventFor(TRIAGE)).isEqualTo(InboxChange.ADDED);
        assertThat(arrived.eventFor(COLLEAGUE)).isEqualTo(InboxChange.ADDED);
        assertThat(arrived.eventFor(ADMIN)).isEqualTo(InboxChange.ADDED);
        assertThat(arrived.eventFor(MOIC)).isNull();
    }

    @Test
    void aClaimIsAChangeForEveryoneWhoStillSeesIt() {
        InboxChange claimed = change(OFFERED, CLAIMED, true);
        assertThat(claimed.eventFor(TRIAGE)).isEqualTo(InboxChange.CHANGED);
        assertThat(claimed.eventFor(COLLEAGUE)).isEqualTo(InboxChange.CHANGED);
        assertThat(claimed.eventFor(MOIC)).isNull();
        assertThat(claimed.data().assignee()).isEqualTo("vilayvanh.opm");
    }

    @Test
    void aTaskHandedOutOfSightIsRemovedAndAFinishedOneIsCompleted() {
        Audience handedOn = new Audience("sengphet.bokeo", null, List.of(), List.of("bokeo-hotline-verifiers"));
        InboxChange moved = change(CLAIMED, handedOn, true);
        assertThat(moved.eventFor(TRIAGE)).isEqualTo(InboxChange.REMOVED);
        assertThat(moved.data().completed()).isFalse();

        InboxChange finished = change(CLAIMED, null, false);
        assertThat(finished.eventFor(TRIAGE)).isEqualTo(InboxChange.REMOVED);
        assertThat(finished.eventFor(MOIC)).isNull();
        assertThat(finished.data().completed()).isTrue();
        assertThat(finished.data().assignee()).isNull();
    }

    @Test
    void anAudienceSurvivesTheChangeLog() {
        Audience everyone = new Audience("a.opm", "o.opm", List.of("u.opm"), List.of("opm-hotline-triage", "opm-x"));
        assertThat(Audience.decode(everyone.encode())).isEqualTo(everyone);
        assertThat(Audience.decode(null).includes(ADMIN)).isFalse();
    }

    private static InboxChange change(Audience before, Audience after, boolean open) {
        return new InboxChange(
                1,
                "task-1",
                "case-1",
                after == null ? null : after.assignee(),
                open,
                before,
                after == null ? Audience.NOBODY : after);
    }
}
