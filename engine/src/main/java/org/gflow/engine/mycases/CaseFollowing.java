package org.gflow.engine.mycases;

import java.sql.Timestamp;
import java.util.List;
import org.gflow.engine.inbox.CaseAccess;
import org.gflow.engine.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following a case: only a case the reader may open (the inbox's case access check, which
 * answers 404 for a case they may not read, as for one that does not exist).
 */
@Component
class CaseFollowing {

    private final CaseAccess access;
    private final CaseRecords records;

    CaseFollowing(CaseAccess access, CaseRecords records) {
        this.access = access;
        this.records = records;
    }

    @Transactional
    MyCase.Following follow(CurrentUser user, String caseId) {
        access.open(caseId);
        if (!records.follows(caseId, user.id())) {
            ensureSummary(caseId);
            records.mark(caseId, user.id(), Participation.FOLLOWS);
        }
        return new MyCase.Following(caseId, true);
    }

    @Transactional
    MyCase.Following unfollow(CurrentUser user, String caseId) {
        access.open(caseId);
        records.unfollow(caseId, user.id());
        return new MyCase.Following(caseId, false);
    }

    @Transactional(readOnly = true)
    MyCase.Following following(CurrentUser user, String caseId) {
        access.open(caseId);
        return new MyCase.Following(caseId, records.follows(caseId, user.id()));
    }

    /** A case not yet summarised (recorded before "My cases" kept them) is summarised first. */
    private void ensureSummary(String caseId) {
        if (!records.summarised(caseId)) {
            records.refresh(List.of(caseId), (Timestamp) null);
        }
    }
}
