package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/** Which of the session store's work runs in a transaction of its own. */
class SessionStoreTransactionsTest {

    /** The store's own transactions, recording what ran in one. */
    private final List<String> inOwnTransaction = new ArrayList<>();

    private final SessionStoreTransactions transactions = new SessionStoreTransactions(new TransactionOperations() {
        @Override
        public <T> T execute(TransactionCallback<T> action) {
            inOwnTransaction.add(current);
            return action.doInTransaction(null);
        }
    });

    private String current;

    /** A store that, like Spring Session's JDBC store, runs each operation through the transactions. */
    private final class Store implements SessionRepository<MapSession> {
        private final MapSessionRepository sessions = new MapSessionRepository(new ConcurrentHashMap<>());
        private boolean failReads;

        private <T> T run(String operation, TransactionCallback<T> work) {
            current = operation;
            return transactions.execute(work);
        }

        @Override
        public MapSession createSession() {
            return sessions.createSession();
        }

        @Override
        public void save(MapSession session) {
            run("save", status -> {
                sessions.save(session);
                return null;
            });
        }

        @Override
        public MapSession findById(String id) {
            return run("read", status -> {
                if (failReads) {
                    throw new IllegalStateException("database gone");
                }
                return sessions.findById(id);
            });
        }

        @Override
        public void deleteById(String id) {
            run("delete", status -> {
                sessions.deleteById(id);
                return null;
            });
        }
    }

    private final Store store = new Store();
    private final SessionRepository<MapSession> sessions = transactions.readingOutside(store);

    @Test
    void aSessionIsReadOutsideAnyTransactionAndWrittenInItsOwn() {
        MapSession session = sessions.createSession();
        session.setAttribute("user", "nalinh.bokeo");
        sessions.save(session);

        assertThat(sessions.findById(session.getId()).<String>getAttribute("user"))
                .isEqualTo("nalinh.bokeo");
        sessions.deleteById(session.getId());

        assertThat(sessions.findById(session.getId())).isNull();
        assertThat(inOwnTransaction).containsExactly("save", "delete");
    }

    @Test
    void theStoreUsedDirectlyStillRunsEveryOperationInItsOwnTransaction() {
        MapSession session = store.createSession();
        store.save(session);

        store.findById(session.getId());

        assertThat(inOwnTransaction).containsExactly("save", "read");
    }

    @Test
    void aFailedReadLeavesTheNextWriteInItsOwnTransaction() {
        store.failReads = true;
        assertThatThrownBy(() -> sessions.findById("any")).hasMessage("database gone");

        sessions.save(sessions.createSession());

        assertThat(inOwnTransaction).containsExactly("save");
    }
}
