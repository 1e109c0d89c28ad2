package org.gflow.engine.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.events.SessionDeletedEvent;

/**
 * The web app's sessions in the database ({@link WebSessions}), written only when something in
 * them changed. A stored session records when it was last used, and the store writes that on every
 * request; with an eight-hour session a minute's precision is plenty, so the time is written again
 * only after {@code touchEvery}: reading the inbox stays a read. A session ended here (a sign-out)
 * is announced as a {@link SessionDeletedEvent}, so what belongs to it on this node ends at once.
 *
 * <p>Within one request ({@link #duringRequest}) a session is read from the database once. Spring
 * Session's filter saves a session when the response is committed and again when the request ends,
 * and looks the requested session up again before the second save, only to learn its id: without
 * the request's own copy every browser request read its session twice, each in a transaction of
 * its own.
 */
final class SparingSessionRepository<S extends Session>
        implements SessionRepository<SparingSessionRepository.Visit<S>> {

    private final SessionRepository<S> store;
    private final Duration touchEvery;
    private final ApplicationEventPublisher events;
    /** The session the current request of this thread has read, while a request is open. */
    private final ThreadLocal<ReadThisRequest<S>> thisRequest = new ThreadLocal<>();

    SparingSessionRepository(SessionRepository<S> store, Duration touchEvery, ApplicationEventPublisher events) {
        this.store = store;
        this.touchEvery = touchEvery;
        this.events = events;
    }

    @Override
    public Visit<S> createSession() {
        return new Visit<>(store.createSession(), touchEvery);
    }

    @Override
    public void save(Visit<S> visit) {
        store.save(visit.stored);
    }

    @Override
    public Visit<S> findById(String id) {
        ReadThisRequest<S> request = thisRequest.get();
        if (request != null && request.visit != null && request.visit.getId().equals(id)) {
            return request.visit;
        }
        S stored = store.findById(id);
        Visit<S> visit = stored == null ? null : new Visit<>(stored, touchEvery);
        if (request != null && visit != null) {
            request.visit = visit;
        }
        return visit;
    }

    @Override
    public void deleteById(String id) {
        ReadThisRequest<S> request = thisRequest.get();
        if (request != null) {
            request.visit = null;
        }
        S stored = store.findById(id);
        store.deleteById(id);
        if (stored != null) {
            events.publishEvent(new SessionDeletedEvent(this, stored));
        }
    }

    /**
     * Runs one request, in which a session read once is not read again. A session read outside a
     * request (or by the next request on this thread) comes from the database.
     */
    void duringRequest(Work request) throws IOException, ServletException {
        thisRequest.set(new ReadThisRequest<>());
        try {
            request.run();
        } finally {
            thisRequest.remove();
        }
    }

    /** A request's work, as a filter chain runs it. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException, ServletException;
    }

    private static final class ReadThisRequest<S extends Session> {
        private Visit<S> visit;
    }

    /** One request's view of a stored session: everything passes through but a last-use time too close to the stored one. */
    static final class Visit<S extends Session> implements Session {

        private final S stored;
        private final Duration touchEvery;

        Visit(S stored, Duration touchEvery) {
            this.stored = stored;
            this.touchEvery = touchEvery;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(touchEvery))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
