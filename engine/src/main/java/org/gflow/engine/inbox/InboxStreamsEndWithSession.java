package org.gflow.engine.inbox;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.SessionRepository;
import org.springframework.session.events.SessionDeletedEvent;
import org.springframework.stereotype.Component;

/**
 * A browser's live inbox ends with the session it was opened in — at sign-out or when the
 * session expires — so a tab left open after signing out hears nothing more about anyone's tasks.
 * A sign-out on this node ends its streams at once; a session that expired, or was ended on
 * another node of the cluster, is found gone within the check's interval.
 */
@Component
class InboxStreamsEndWithSession {

    private final InboxEventFeed feed;
    private final SessionRepository<?> sessions;

    InboxStreamsEndWithSession(InboxEventFeed feed, SessionRepository<?> sessions) {
        this.feed = feed;
        this.sessions = sessions;
    }

    @EventListener
    void signedOut(SessionDeletedEvent event) {
        feed.sessionEnded(event.getSessionId());
    }

    @Scheduled(fixedDelayString = "${gflow.inbox.events.session-check:PT20S}")
    void endStreamsOfEndedSessions() {
        for (String sessionId : feed.openSessions()) {
            if (sessions.findById(sessionId) == null) {
                feed.sessionEnded(sessionId);
            }
        }
    }
}
