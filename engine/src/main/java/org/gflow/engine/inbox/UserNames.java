package org.gflow.engine.inbox;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gflow.engine.identity.DisplayName;
import org.springframework.stereotype.Component;

/** {@link DisplayName}s of directory users, in one query for many ids. */
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
        for (User user : identityService
                .createUserQuery()
                .userIdIn(userIds.toArray(String[]::new))
                .list()) {
            names.put(user.getId(), DisplayName.of(user));
        }
        return names;
    }
}
