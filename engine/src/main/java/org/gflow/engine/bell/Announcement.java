package org.gflow.engine.bell;

/**
 * A notice to post: to a person ({@link #PERSON}) or everyone in a group ({@link #GROUP}), of a
 * kind the web app names ({@code task-offered}, {@code task-assigned}, or a notification kind
 * such as {@code letter.rejected}), linking to a task or a case.
 *
 * @param actorId   who caused it, who is not told; null for the engine's own doing
 * @param title     what the bell shows, in Lao
 * @param titleEn   the same in English, null when there is none
 * @param caseLabel the case's number or title, null when none
 */
public record Announcement(
        String partyKind,
        String partyId,
        String kind,
        String actorId,
        String taskId,
        String caseId,
        String title,
        String titleEn,
        String caseLabel) {

    public static final String PERSON = "u";
    public static final String GROUP = "g";
}
