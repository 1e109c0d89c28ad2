package org.gflow.engine.notify;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The e-mail addresses of civil servants and offices, from the directory ({@code mail} of a user
 * entry, by default): a user's own, or those of every member of a group.
 */
@Component
class DirectoryAddresses {

    private final IdentityService identities;

    DirectoryAddresses(IdentityService identities) {
        this.identities = identities;
    }

    /** @param kind {@code user} or {@code group} */
    List<String> of(String kind, String id) {
        Stream<User> users = "group".equals(kind)
                ? identities.createUserQuery().memberOfGroup(id).list().stream()
                : Stream.ofNullable(identities.createUserQuery().userId(id).singleResult());
        return users.map(User::getEmail)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(mail -> !mail.isEmpty())
                .distinct()
                .toList();
    }
}
