package org.gflow.engine.inbox;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/**
 * A browser's live inbox ends with the session it was opened in — at sign-out or when the
 * session expires — so a tab left open after signing out hears nothing more about anyone's tasks.
 */
@Component
class InboxStreamsEndWithSession implements HttpSessionListener {

    private final InboxEventFeed feed;

    InboxStreamsEndWithSession(InboxEventFeed feed) {
        this.feed = feed;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        feed.sessionEnded(event.getSession().getId());
    }
}
