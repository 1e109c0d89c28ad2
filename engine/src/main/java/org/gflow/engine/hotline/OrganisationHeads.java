package org.gflow.engine.hotline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gflow.ldap.DirectoryPeople;
import org.springframework.stereotype.Component;

/**
 * The head of an organisation as the hotline's escalation ladder names it
 * ({@code ${organisationHeads.headOf(responsibleOrg)}}, the assignee of the model's {@code followUpByHead}): the top of
 * the line of managers above the organisation's hotline supervisors in the directory, within the
 * organisation. Read live, so a new head is asked from the next escalation on.
 */
@Component("organisationHeads")
public class OrganisationHeads {

    /** Far above any real hierarchy; only stops a loop of managers in a broken directory. */
    private static final int MAX_RANKS = 50;

    private final DirectoryPeople people;

    OrganisationHeads(DirectoryPeople people) {
        this.people = people;
    }

    /**
     * The head's user id, or null when the directory names no supervisor of the organisation: the
     * task then has no one and the ladder's timer climbs on to the Office.
     */
    public String headOf(String organisation) {
        if (organisation == null || organisation.isBlank()) {
            return null;
        }
        return people.membersOf(organisation + "-hotline-supervisors").stream()
                .findFirst()
                .map(supervisor -> topOfLine(supervisor, organisation))
                .orElse(null);
    }

    private String topOfLine(String person, String organisation) {
        Set<String> seen = new LinkedHashSet<>(List.of(person));
        String top = person;
        for (int rank = 0; rank < MAX_RANKS; rank++) {
            Optional<String> manager = people.managerOf(top);
            if (manager.isEmpty()
                    || !seen.add(manager.get())
                    || !Optional.of(organisation).equals(people.organisationOf(manager.get()))) {
                break;
            }
            top = manager.get();
        }
        return top;
    }
}
