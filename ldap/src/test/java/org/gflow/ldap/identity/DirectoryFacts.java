package org.gflow.ldap.identity;

import java.util.List;

/**
 * What a test directory is known to contain, so that one set of behaviours can be checked
 * against directories with different layouts and data.
 *
 * @param groupId a group and {@code groupMembers}, its members' ids
 * @param userId a member of {@code groupId} whose names are given in Lao
 * @param allUserIds every user id in the directory
 * @param lockedUserId an account whose entry is marked locked; its password is {@code password}
 */
public record DirectoryFacts(
        String groupId,
        List<String> groupMembers,
        String userId,
        String firstName,
        String lastName,
        String email,
        String password,
        String lockedUserId,
        List<String> allUserIds) {}
