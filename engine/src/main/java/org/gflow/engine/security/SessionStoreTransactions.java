package org.gflow.engine.security;

import java.util.function.Supplier;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions of the web app's session store. Saving a session (its row and its attributes)
 * or ending one runs in a transaction of its own; reading one session runs in none. A browser reads
 * its session on every request, and that read is one statement, which sees one committed state
 * without a transaction around it: on PostgreSQL the transaction only added a round trip for its
 * {@code COMMIT} to each browser request. A session found expired is then deleted, again one
 * statement.
 */
final class SessionStoreTransactions implements TransactionOperations {

    private final TransactionOperations ownTransaction;
    /** Set while the store reads a session for {@link #readingOutside}'s repository on this thread. */
    private final ThreadLocal<Boolean> reading = new ThreadLocal<>();

    SessionStoreTransactions(TransactionOperations ownTransaction) {
        this.ownTransaction = ownTransaction;
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        if (Boolean.TRUE.equals(reading.get())) {
            return TransactionOperations.withoutTransaction().execute(action);
        }
        return ownTransaction.execute(action);
    }

    /** The store (built on these transactions) with its look-ups of a session outside any transaction. */
    <S extends Session> SessionRepository<S> readingOutside(SessionRepository<S> store) {
        return new SessionRepository<>() {
            @Override
            public S createSession() {
                return store.createSession();
            }

            @Override
            public void save(S session) {
                store.save(session);
            }

            @Override
            public S findById(String id) {
                return read(() -> store.findById(id));
            }

            @Override
            public void deleteById(String id) {
                store.deleteById(id);
            }
        };
    }

    private <T> T read(Supplier<T> read) {
        reading.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            reading.remove();
        }
    }
}
