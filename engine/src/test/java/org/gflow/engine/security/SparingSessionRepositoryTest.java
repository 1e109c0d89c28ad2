package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;

/** How often the web app's sessions are read from and written to the shared store. */
class SparingSessionRepositoryTest {

    /** The shared store (the database, for every node), counting its reads. */
    private static final class CountingStore implements SessionRepository<MapSession> {
        private final MapSessionRepository sessions = new MapSessionRepository(new ConcurrentHashMap<>());
        private int reads;

        @Override
        public MapSession createSession() {
            return sessions.createSession();
        }

        @Override
        public void save(MapSession session) {
            sessions.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            return sessions.findById(id);
        }

        @Override
        public void deleteById(String id) {
            sessions.deleteById(id);
        }
    }

    private final CountingStore store = new CountingStore();
    private final List<Object> announced = new ArrayList<>();
    private final SparingSessionRepository<MapSession> sessions =
            new SparingSessionRepository<>(store, Duration.ofMinutes(1), announced::add);

    private String signedIn() {
        SparingSessionRepository.Visit<MapSession> visit = sessions.createSession();
        visit.setAttribute("user", "nalinh.bokeo");
        sessions.save(visit);
        store.reads = 0;
        return visit.getId();
    }

    @Test
    void aRequestReadsItsSessionOnceThoughItIsLookedUpAgainAfterBeingSaved() throws Exception {
        String id = signedIn();

        sessions.duringRequest(() -> {
            SparingSessionRepository.Visit<MapSession> first = sessions.findById(id);
            first.setAttribute("draft", "letter 12");
            sessions.save(first); // the response is committed
            // looked up again before the save at the request's end
            assertThat(sessions.findById(id)).isSameAs(first);
        });

        assertThat(store.reads).isEqualTo(1);
        assertThat(store.sessions.findById(id).<String>getAttribute("draft")).isEqualTo("letter 12");
    }

    @Test
    void theNextRequestSeesWhatAnotherNodeDidMeanwhile() throws Exception {
        String id = signedIn();
        sessions.duringRequest(() -> assertThat(sessions.findById(id)).isNotNull());

        store.sessions.deleteById(id); // signed out on another node

        sessions.duringRequest(() -> assertThat(sessions.findById(id)).isNull());
        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void aSessionSignedOutInARequestIsNotFoundAgainInIt() throws Exception {
        String id = signedIn();

        sessions.duringRequest(() -> {
            assertThat(sessions.findById(id)).isNotNull();
            sessions.deleteById(id);
            assertThat(sessions.findById(id)).isNull();
        });

        assertThat(announced).hasSize(1);
    }

    @Test
    void aRequestAskingForAnotherSessionGetsThatOne() throws Exception {
        String mine = signedIn();
        String another = signedIn();

        sessions.duringRequest(() -> {
            assertThat(sessions.findById(mine).getId()).isEqualTo(mine);
            assertThat(sessions.findById(another).getId()).isEqualTo(another);
        });
    }

    @Test
    void outsideARequestEveryLookUpReadsTheStore() {
        String id = signedIn();

        sessions.findById(id);
        sessions.findById(id);

        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void theLastUseIsWrittenOnlyAfterAMinute() throws Exception {
        String id = signedIn();
        Instant stored = store.sessions.findById(id).getLastAccessedTime();

        sessions.duringRequest(() -> {
            SparingSessionRepository.Visit<MapSession> visit = sessions.findById(id);
            visit.setLastAccessedTime(stored.plusSeconds(30));
            sessions.save(visit);
        });
        assertThat(store.sessions.findById(id).getLastAccessedTime()).isEqualTo(stored);

        sessions.duringRequest(() -> {
            SparingSessionRepository.Visit<MapSession> visit = sessions.findById(id);
            visit.setLastAccessedTime(stored.plusSeconds(61));
            sessions.save(visit);
        });
        assertThat(store.sessions.findById(id).getLastAccessedTime()).isEqualTo(stored.plusSeconds(61));
    }
}
