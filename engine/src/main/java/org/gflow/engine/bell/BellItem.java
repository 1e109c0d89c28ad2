package org.gflow.engine.bell;

import java.util.Date;

/**
 * One notice as its reader sees it: its title in the reader's language, the task or case it
 * links to, and whether they have read it.
 */
public record BellItem(
        long id,
        String kind,
        String title,
        String caseLabel,
        String taskId,
        String caseId,
        Date created,
        boolean read) {}
