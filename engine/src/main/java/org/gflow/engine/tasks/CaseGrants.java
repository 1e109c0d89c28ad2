package org.gflow.engine.tasks;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Every grant given for one case — on its instance, its history, its tasks and their history —
 * read in one statement on the command's own connection. Asked through the engine's query API
 * this took four plus two per task the case ever had, at every task change; the sync of a
 * case's grants ran in each completion and was the largest part of G-Flow's own time in a
 * request.
 *
 * <p>The grants come back detached: the sync only deletes some of them, which the engine does by
 * id and revision, so a grant changed meanwhile by another transaction still fails the change
 * (and the engine runs it again) rather than being deleted blind.
 */
final class CaseGrants {

    private static final String COLUMNS =
            "a.ID_, a.REV_, a.GROUP_ID_, a.USER_ID_, a.RESOURCE_TYPE_, a.RESOURCE_ID_," + " a.PERMS_";

    private final List<AuthorizationEntity> grants;

    private CaseGrants(List<AuthorizationEntity> grants) {
        this.grants = grants;
    }

    static CaseGrants of(CommandContext context, String caseId) {
        String prefix = context.getProcessEngineConfiguration().getDatabaseTablePrefix();
        String sql = "select " + COLUMNS + " from " + prefix + "ACT_RU_AUTHORIZATION a"
                + " where a.TYPE_ = ? and a.RESOURCE_ID_ = ? and a.RESOURCE_TYPE_ in (?, ?)"
                + " union all select " + COLUMNS + " from " + prefix + "ACT_HI_TASKINST t"
                + " join " + prefix + "ACT_RU_AUTHORIZATION a on a.RESOURCE_ID_ = t.ID_"
                + " where t.PROC_INST_ID_ = ? and a.TYPE_ = ? and a.RESOURCE_TYPE_ in (?, ?)";
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, AUTH_TYPE_GRANT);
            statement.setString(2, caseId);
            statement.setInt(3, Resources.PROCESS_INSTANCE.resourceType());
            statement.setInt(4, Resources.HISTORIC_PROCESS_INSTANCE.resourceType());
            statement.setString(5, caseId);
            statement.setInt(6, AUTH_TYPE_GRANT);
            statement.setInt(7, Resources.TASK.resourceType());
            statement.setInt(8, Resources.HISTORIC_TASK.resourceType());
            List<AuthorizationEntity> grants = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    grants.add(grant(rows));
                }
            }
            return new CaseGrants(grants);
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read the grants of case " + caseId, e);
        }
    }

    private static AuthorizationEntity grant(ResultSet row) throws SQLException {
        AuthorizationEntity grant = new AuthorizationEntity(AUTH_TYPE_GRANT);
        grant.setId(row.getString("ID_"));
        grant.setRevision(row.getInt("REV_"));
        grant.setGroupId(row.getString("GROUP_ID_"));
        grant.setUserId(row.getString("USER_ID_"));
        grant.setResourceType(row.getInt("RESOURCE_TYPE_"));
        grant.setResourceId(row.getString("RESOURCE_ID_"));
        grant.setPermissions(row.getInt("PERMS_"));
        return grant;
    }

    /** The grants on resources of this kind. */
    List<AuthorizationEntity> on(Resource resource) {
        return matching(grant -> grant.getResourceType() == resource.resourceType());
    }

    /** The grants on this one resource. */
    List<AuthorizationEntity> on(Resource resource, String resourceId) {
        return matching(grant -> grant.getResourceType() == resource.resourceType()
                && grant.getResourceId().equals(resourceId));
    }

    /** Does this grantee ({@link SyncCaseGrantsCmd#grantee}) hold all of these permissions here? */
    boolean holds(String grantee, Resource resource, int permissions) {
        return on(resource).stream()
                .anyMatch(grant -> SyncCaseGrantsCmd.grantee(grant).equals(grantee)
                        && (grant.getPermissions() & permissions) == permissions);
    }

    private List<AuthorizationEntity> matching(Predicate<AuthorizationEntity> test) {
        return grants.stream().filter(test).toList();
    }
}
