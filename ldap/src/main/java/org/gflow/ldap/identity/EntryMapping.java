package org.gflow.ldap.identity;

import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.query.QueryProperty;
import org.gflow.ldap.LdapSettings;
import org.gflow.ldap.Ordering;

/** Maps directory entries to Camunda users and groups, and Camunda's orderings to attributes. */
final class EntryMapping {

    private final LdapSettings.Attributes names;

    EntryMapping(LdapSettings settings) {
        this.names = settings.getAttributes();
    }

    String[] userAttributes() {
        return new String[] {names.getId(), names.getFirstName(), names.getLastName(), names.getEmail()};
    }

    String[] groupAttributes() {
        return new String[] {names.getGroupId(), names.getGroupName(), names.getGroupType()};
    }

    User user(SearchResultEntry entry) {
        UserEntity user = new UserEntity(entry.getAttributeValue(names.getId()));
        user.setFirstName(entry.getAttributeValue(names.getFirstName()));
        user.setLastName(entry.getAttributeValue(names.getLastName()));
        user.setEmail(entry.getAttributeValue(names.getEmail()));
        return user;
    }

    Group group(SearchResultEntry entry) {
        GroupEntity group = new GroupEntity(entry.getAttributeValue(names.getGroupId()));
        String name = entry.getAttributeValue(names.getGroupName());
        group.setName(name != null ? name : group.getId());
        group.setType(entry.getAttributeValue(names.getGroupType()));
        return group;
    }

    List<Ordering> userOrdering(List<QueryOrderingProperty> properties) {
        List<Ordering> order = new ArrayList<>();
        for (QueryOrderingProperty p : properties) {
            order.add(new Ordering(userAttribute(p.getQueryProperty()), descending(p)));
        }
        return order;
    }

    List<Ordering> groupOrdering(List<QueryOrderingProperty> properties) {
        List<Ordering> order = new ArrayList<>();
        for (QueryOrderingProperty p : properties) {
            order.add(new Ordering(groupAttribute(p.getQueryProperty()), descending(p)));
        }
        return order;
    }

    private String userAttribute(QueryProperty property) {
        if (UserQueryProperty.USER_ID.equals(property)) {
            return names.getId();
        } else if (UserQueryProperty.FIRST_NAME.equals(property)) {
            return names.getFirstName();
        } else if (UserQueryProperty.LAST_NAME.equals(property)) {
            return names.getLastName();
        } else if (UserQueryProperty.EMAIL.equals(property)) {
            return names.getEmail();
        }
        throw new IllegalArgumentException("Users cannot be ordered by " + property.getName());
    }

    private String groupAttribute(QueryProperty property) {
        if (GroupQueryProperty.GROUP_ID.equals(property)) {
            return names.getGroupId();
        } else if (GroupQueryProperty.NAME.equals(property)) {
            return names.getGroupName();
        } else if (GroupQueryProperty.TYPE.equals(property)) {
            return names.getGroupType();
        }
        throw new IllegalArgumentException("Groups cannot be ordered by " + property.getName());
    }

    private static boolean descending(QueryOrderingProperty property) {
        return Direction.DESCENDING.equals(property.getDirection());
    }
}
