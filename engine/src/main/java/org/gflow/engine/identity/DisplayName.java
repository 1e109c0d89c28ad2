package org.gflow.engine.identity;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;

/**
 * How G-Flow writes a person's name everywhere — inbox, session, documents: first name then
 * last name as the directory gives them ("ນາລິນ ຈັນທະວົງ"), or the account id when the directory
 * has no name for the person.
 */
public final class DisplayName {

    private DisplayName() {}

    /** The display name of a directory user. */
    public static String of(User user) {
        String name = Stream.of(user.getFirstName(), user.getLastName())
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? user.getId() : name;
    }
}
