package org.gflow.engine.inbox;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Display names of directory users ("ນາລິນ ຈັນທະວົງ"), in one query for many ids. */
@Component
class UserNames {

    private final IdentityService identityService;

    UserNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    Map<String, String> of(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        for (User user : identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()) {
            names.put(user.getId(), displayName(user));
        }
        return names;
    }

    static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
