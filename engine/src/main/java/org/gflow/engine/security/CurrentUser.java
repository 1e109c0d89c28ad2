package org.gflow.engine.security;

import java.util.List;

/** The signed-in civil servant as the engine sees them on this request. */
public record CurrentUser(String id, List<String> groupIds) {

    public static final String ADMIN_GROUP = "gflow-admins";

    /** The request attribute under which the security filter leaves the current user. */
    public static final String REQUEST_ATTRIBUTE = "gflow.currentUser";

    public boolean isAdmin() {
        return groupIds.contains(ADMIN_GROUP);
    }
}
