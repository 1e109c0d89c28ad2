package org.gflow.engine.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;

/** Which failures run a command again, and how often. */
class RetryOnConflictInterceptorTest {

    private final RetryOnConflictInterceptor interceptor = new RetryOnConflictInterceptor(3);

    @Test
    void aCompletionThatMetAConcurrentJoinRunsAgainAndSucceeds() {
        AtomicInteger runs = failingFirst(1, () -> new OptimisticLockingException("join changed meanwhile"));

        Object result = interceptor.execute(new CompleteTaskCmd("task", Map.of()));

        assertThat(result).isEqualTo("done");
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFetchWhoseCaseEndedMeanwhileRunsAgain() {
        AtomicInteger runs = failingFirst(2, NullPointerException::new);

        Object result = interceptor.execute(new FetchExternalTasksCmd("worker", 1, Map.of()));

        assertThat(result).isEqualTo("done");
        assertThat(runs).hasValue(3);
    }

    @Test
    void aConflictThatOutlastsTheAttemptsReachesTheCaller() {
        AtomicInteger runs = failingFirst(10, () -> new OptimisticLockingException("always"));

        assertThatThrownBy(() -> interceptor.execute(new CompleteTaskCmd("task", Map.of())))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(runs).hasValue(3);
    }

    @Test
    void aCompletionOfAMissingTaskIsNotRetried() {
        AtomicInteger runs = failingFirst(10, () -> new NullValueException("no such task"));
        interceptor.setNext(lookupsFind(runs, null));

        assertThatThrownBy(() -> interceptor.execute(new CompleteTaskCmd("task", Map.of())))
                .isInstanceOf(NullValueException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aCommandThatSaysItMayRunAgainRunsAgain() {
        AtomicInteger runs = failingFirst(1, () -> new OptimisticLockingException("the case's next step changed it"));

        Object result = interceptor.execute(new MayRunAgain());

        assertThat(result).isEqualTo("done");
        assertThat(runs).hasValue(2);
    }

    /** As an access code's replacement says of itself. */
    private static final class MayRunAgain implements Command<String>, RetriedOnConflict {
        @Override
        public String execute(org.camunda.bpm.engine.impl.interceptor.CommandContext context) {
            return "mine";
        }
    }

    @Test
    void otherCommandsAreLeftAlone() {
        AtomicInteger runs = failingFirst(10, () -> new OptimisticLockingException("not ours to retry"));
        Command<String> other = context -> "other";

        assertThatThrownBy(() -> interceptor.execute(other)).isInstanceOf(OptimisticLockingException.class);
        assertThat(runs).hasValue(1);
    }

    /** The engine behind the interceptor: fails the first {@code failures} runs of the command under test. */
    private AtomicInteger failingFirst(int failures, java.util.function.Supplier<RuntimeException> failure) {
        AtomicInteger runs = new AtomicInteger();
        interceptor.setNext(new CommandExecutor() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T execute(Command<T> command) {
                if (command.getClass().getName().startsWith(LostRaces.class.getName())) {
                    return (T) Boolean.FALSE; // the history lookup after a failure: the task has not ended
                }
                if (runs.incrementAndGet() <= failures) {
                    throw failure.get();
                }
                return (T) "done";
            }
        });
        return runs;
    }

    /** An engine whose command fails as missing, and whose history lookups find nothing. */
    private static CommandExecutor lookupsFind(AtomicInteger runs, Object found) {
        return new CommandExecutor() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T execute(Command<T> command) {
                if (command instanceof CompleteTaskCmd) {
                    runs.incrementAndGet();
                    throw new NullValueException("no such task");
                }
                return (T) (found == null ? Boolean.FALSE : found);
            }
        };
    }
}
