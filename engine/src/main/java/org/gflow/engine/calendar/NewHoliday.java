package org.gflow.engine.calendar;

import java.time.LocalDate;

/** What an administrator sends to add a public holiday: its date and its Lao and English names. */
public record NewHoliday(LocalDate date, String nameLo, String nameEn) {}
