package org.gflow.engine.absence;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gflow.ldap.DirectoryPeople;
import org.gflow.plugin.api.LaoTime;
import org.springframework.stereotype.Component;

/**
 * Who is away today, for the engine's choices of a person. "Today" is the Lao date by the
 * engine's clock, so a period starts and ends by itself at Lao midnight, with nothing to run.
 */
@Component
public class Absences {

    /** Far above any real hierarchy; only stops a loop of managers in a broken directory. */
    private static final int MAX_RANKS = 50;

    private final AbsenceStore store;
    private final DirectoryPeople people;

    Absences(AbsenceStore store, DirectoryPeople people) {
        this.store = store;
        this.people = people;
    }

    /** Today's Lao date by the engine's clock (which tests may move). */
    public static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LaoTime.ZONE);
    }

    /** Is this person away today? */
    public boolean isAbsent(String userId) {
        return userId != null && store.covering(userId, today()).isPresent();
    }

    /** The delegate receiving this person's work today, if they are away. */
    public Optional<String> delegateOf(String userId) {
        return userId == null
                ? Optional.empty()
                : store.covering(userId, today()).map(AbsenceStore.Period::delegateId);
    }

    /**
     * The person's nearest manager in the directory who is not away today: an absent manager is
     * skipped for the one above them. Empty when the chain ends before anyone present.
     */
    public Optional<String> presentManagerOf(String userId) {
        Set<String> seen = new HashSet<>();
        Optional<String> manager = people.managerOf(userId);
        for (int rank = 0; rank < MAX_RANKS && manager.isPresent(); rank++) {
            String candidate = manager.get();
            if (candidate.equals(userId) || !seen.add(candidate)) {
                return Optional.empty(); // a loop in the directory
            }
            if (!isAbsent(candidate)) {
                return manager;
            }
            manager = people.managerOf(candidate);
        }
        return Optional.empty();
    }
}
