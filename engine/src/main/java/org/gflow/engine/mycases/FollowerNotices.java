package org.gflow.engine.mycases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gflow.engine.bell.Announcement;
import org.gflow.engine.bell.Bell;
import org.springframework.stereotype.Component;

/**
 * Tells each follower of a case, on their bell, that it was answered ({@code case-answered}) or
 * closed ({@code case-closed}); the notice links to the case. Written in the transaction of the
 * change, like every bell notice.
 */
@Component
class FollowerNotices {

    static final String ANSWERED = "case-answered";
    static final String CLOSED = "case-closed";

    private final CaseRecords records;
    private final Bell bell;

    FollowerNotices(CaseRecords records, Bell bell) {
        this.records = records;
        this.bell = bell;
    }

    void tell(Collection<String> answered, Collection<String> closed) {
        List<Announcement> notices = new ArrayList<>();
        for (CaseRecords.Follower follower : records.followers(answered)) {
            notices.add(notice(follower, ANSWERED));
        }
        for (CaseRecords.Follower follower : records.followers(closed)) {
            notices.add(notice(follower, CLOSED));
        }
        bell.post(notices);
    }

    /**
     * The web app names the kind in the reader's language ("a case you follow was answered: …");
     * the title is the case's own, in the words it was filed in.
     */
    private static Announcement notice(CaseRecords.Follower follower, String kind) {
        String title = follower.caseTitle() != null ? follower.caseTitle() : follower.caseLabel();
        // the engine's own doing (null actor): a follower is told even of a step they took themselves
        return new Announcement(
                Announcement.PERSON,
                follower.userId(),
                kind,
                null,
                null,
                follower.caseId(),
                title != null ? title : follower.caseId(),
                null,
                follower.caseLabel());
    }
}
