package org.gflow.engine.inbox;

import java.util.ArrayList;
import java.util.List;
import org.gflow.engine.security.CurrentUser;

/**
 * Who may see one work item: its assignee, its owner, and the users and groups it is offered to.
 * {@link #includes} is the inbox list's rule ({@link WorkItemQuery#visibleTo}) applied to one
 * item in memory, so the live events reach exactly the people whose list shows the task. Written
 * into the change log as one line per party ({@code a:}, {@code o:}, {@code u:}, {@code g:}).
 */
record Audience(String assignee, String owner, List<String> users, List<String> groups) {

    static final Audience NOBODY = new Audience(null, null, List.of(), List.of());

    /** The inbox list's visibility rule: an admin sees every task, anyone else their own and those offered to them. */
    boolean includes(CurrentUser user) {
        if (isEmpty()) {
            return false;
        }
        return user.isAdmin()
                || user.id().equals(assignee)
                || user.id().equals(owner)
                || users.contains(user.id())
                || groups.stream().anyMatch(user.groupIds()::contains);
    }

    boolean isEmpty() {
        return assignee == null && owner == null && users.isEmpty() && groups.isEmpty();
    }

    String encode() {
        if (isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        if (assignee != null) {
            lines.add("a:" + assignee);
        }
        if (owner != null) {
            lines.add("o:" + owner);
        }
        users.forEach(user -> lines.add("u:" + user));
        groups.forEach(group -> lines.add("g:" + group));
        return String.join("\n", lines);
    }

    static Audience decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return NOBODY;
        }
        String assignee = null;
        String owner = null;
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (String line : encoded.split("\n")) {
            String id = line.substring(2);
            switch (line.charAt(0)) {
                case 'a' -> assignee = id;
                case 'o' -> owner = id;
                case 'u' -> users.add(id);
                case 'g' -> groups.add(id);
                default -> {} // a kind a newer node wrote: not one this node's rule knows
            }
        }
        return new Audience(assignee, owner, List.copyOf(users), List.copyOf(groups));
    }

    /** This audience with one more party of the projection's kind ({@code g} group, {@code u} user). */
    Audience withParty(String kind, String partyId) {
        List<String> moreUsers = new ArrayList<>(users);
        List<String> moreGroups = new ArrayList<>(groups);
        ("g".equals(kind) ? moreGroups : moreUsers).add(partyId);
        return new Audience(assignee, owner, List.copyOf(moreUsers), List.copyOf(moreGroups));
    }
}
