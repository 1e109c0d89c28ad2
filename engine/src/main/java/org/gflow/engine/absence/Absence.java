package org.gflow.engine.absence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * One absence period: {@code userId} is away from {@code from} until {@code until} (Lao dates,
 * both days included) and {@code delegateId} receives their work meanwhile; {@code current}
 * when today is one of its days. Names are the
 * directory's display names, for the page that lists it.
 */
@Schema(name = "Absence")
public record Absence(
        String id,
        String userId,
        String userName,
        String delegateId,
        String delegateName,
        LocalDate from,
        LocalDate until,
        String setBy,
        boolean current) {}
