package org.gflow.engine.projections;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * What one engine command changed for one read model, gathered while the command runs and applied
 * once, just before its transaction commits — when the engine has written its own rows, and in the
 * same transaction, so a command that fails rolls the read model back with it. The first change a
 * command notes starts its record ({@code start}, given the command, e.g. to read who runs it:
 * a transaction Spring commits is committed after the command has ended) and asks for
 * {@code apply} at commit.
 *
 * @param <C> the record of one command's changes
 */
public final class ChangesAtCommit<C> {

    private final Function<CommandContext, C> start;
    private final Consumer<C> apply;

    public ChangesAtCommit(Function<CommandContext, C> start, Consumer<C> apply) {
        this.start = start;
        this.apply = apply;
    }

    /** The running command's changes so far; call it only from within a command (a history event handler). */
    public C current() {
        CommandContext context = Context.getCommandContext();
        Map<ChangesAtCommit<?>, Object> records = context.getSession(Pending.class).records;
        @SuppressWarnings("unchecked")
        C changes = (C) records.get(this);
        if (changes == null) {
            C started = start.apply(context);
            records.put(this, started);
            context.getTransactionContext()
                    .addTransactionListener(TransactionState.COMMITTING, committing -> apply.accept(started));
            changes = started;
        }
        return changes;
    }

    /** Who the command runs for; null for the engine's own work (a timer, a job). */
    public static String actorOf(CommandContext context) {
        var authentication = context.getAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /**
     * Hands the engine's history events to {@code onEvent}, and gives every command a place for the
     * changes it gathers. For a process engine plugin's {@code preInit}.
     */
    public static void listen(ProcessEngineConfigurationImpl configuration, Consumer<HistoryEvent> onEvent) {
        List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        if (sessions.stream().noneMatch(PendingFactory.class::isInstance)) {
            sessions.add(new PendingFactory());
        }
        configuration.setCustomSessionFactories(sessions);

        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                onEvent.accept(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(onEvent);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** One command's records, one per read model. */
    static final class Pending implements Session {
        private final Map<ChangesAtCommit<?>, Object> records = new IdentityHashMap<>();

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    static final class PendingFactory implements SessionFactory {
        @Override
        public Class<?> getSessionType() {
            return Pending.class;
        }

        @Override
        public Session openSession() {
            return new Pending();
        }
    }
}
