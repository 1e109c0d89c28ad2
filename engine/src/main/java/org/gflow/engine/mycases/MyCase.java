package org.gflow.engine.mycases;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Date;
import java.util.List;

/**
 * One of the reader's cases: its number and title, its model's name in the reader's language,
 * whether it is open or closed, when it last moved, and how the reader takes part in it.
 */
public record MyCase(
        String caseId,
        String caseNumber,
        String caseTitle,
        String processKey,
        String processName,
        @Schema(allowableValues = {"open", "closed"}) String state,
        Date started,
        Date ended,
        Date lastActivity,
        boolean startedByMe,
        boolean workedOnByMe,
        boolean followedByMe) {

    /**
     * One page of the reader's cases, newest activity first; {@code more}: another page follows,
     * asked for with {@code after=next}.
     */
    @Schema(name = "MyCasePage")
    public record Page(List<MyCase> items, boolean more, String next, int size) {}

    /** Whether the reader follows a case. */
    @Schema(name = "CaseFollowing")
    public record Following(String caseId, boolean following) {}
}
