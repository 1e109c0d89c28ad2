package org.gflow.engine.calendar;

import java.time.LocalDate;

/**
 * One public holiday: the day offices are closed, with its Lao and English names.
 *
 * @param year the holiday's year (the year of {@code date})
 */
public record PublicHoliday(LocalDate date, int year, String nameLo, String nameEn) {}
