package org.gflow.engine.tasks;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Organisations as the directory names them: a group is a role in an organisation,
 * {@code <org>-<role>} ({@code bokeo-hotline-verifiers}), and a person belongs to the
 * organisations of their groups. The engine's administrators' groups belong to none.
 */
public final class Organisations {

    private static final String SUPERVISORS = "-supervisors";

    private Organisations() {}

    /** The organisation of a group, or {@code null} for a group that names none. */
    public static String ofGroup(String groupId) {
        int dash = groupId == null ? -1 : groupId.indexOf('-');
        return dash <= 0 ? null : groupId.substring(0, dash);
    }

    /** The organisations of these groups, leaving out the administrators' groups. */
    public static Set<String> ofGroups(Collection<String> groupIds, Collection<String> adminGroups) {
        Set<String> organisations = new TreeSet<>();
        for (String groupId : groupIds) {
            String organisation = ofGroup(groupId);
            if (organisation != null && !adminGroups.contains(groupId)) {
                organisations.add(organisation);
            }
        }
        return organisations;
    }

    /** The organisations a person belongs to, read from the directory. */
    static Set<String> ofUser(CommandContext context, String userId) {
        if (userId == null) {
            return Set.of();
        }
        return ofGroups(TaskParties.groupsOf(context, userId), adminGroups(context));
    }

    /** Is this group the supervisors of that organisation ({@code <org>-…-supervisors})? */
    public static boolean supervises(String groupId, String organisation) {
        return groupId.startsWith(organisation + "-") && groupId.endsWith(SUPERVISORS);
    }

    /** The organisations whose supervisors these groups make their member ({@code <org>-…-supervisors}). */
    public static Set<String> supervisedBy(Collection<String> groupIds) {
        Set<String> organisations = new TreeSet<>();
        for (String groupId : groupIds) {
            String organisation = ofGroup(groupId);
            if (organisation != null && supervises(groupId, organisation)) {
                organisations.add(organisation);
            }
        }
        return organisations;
    }

    static Collection<String> adminGroups(CommandContext context) {
        var groups = context.getProcessEngineConfiguration().getAdminGroups();
        return groups == null ? Set.of() : groups;
    }
}
