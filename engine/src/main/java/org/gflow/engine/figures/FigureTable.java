package org.gflow.engine.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures as a table — one row per group and a total — with headings in the reader's
 * language (Lao unless they read English), shared by the CSV, the spreadsheet and the monthly
 * report so the three always agree.
 */
final class FigureTable {

    /** A column's heading in Lao and English. */
    record Heading(String lo, String en) {
        String in(boolean english) {
            return english ? en : lo;
        }
    }

    static final List<Heading> HEADINGS = List.of(
            new Heading("ລະຫັດ", "Code"),
            new Heading("ຊື່", "Name"),
            new Heading("ໄດ້ຮັບ", "Received"),
            new Heading("ກຳລັງດຳເນີນ", "Open"),
            new Heading("ກາຍກຳນົດ", "Overdue"),
            new Heading("ຕອບແລ້ວ", "Answered"),
            new Heading("ຕອບທັນກຳນົດ", "Answered on time"),
            new Heading("ທັນກຳນົດ (%)", "On time (%)"),
            new Heading("ມື້ລັດຖະການ (ກາງ)", "Median working days"),
            new Heading("ເປີດຄືນ", "Reopened"),
            new Heading("ອັດຕາເປີດຄືນ (%)", "Reopen rate (%)"),
            new Heading("ຈຳນວນການໃຫ້ຄະແນນ", "Ratings"),
            new Heading("ຄະແນນສະເລ່ຍ", "Average rating"));

    static final Heading TOTAL = new Heading("ລວມ", "Total");

    static final List<Heading> WEEK_HEADINGS = List.of(
            new Heading("ອາທິດ", "Week"),
            new Heading("ເລີ່ມ", "Starts"),
            new Heading("ໄດ້ຮັບ", "Received"),
            new Heading("ຕອບແລ້ວ", "Answered"));

    private FigureTable() {}

    /** Whether the reader asked for English first ({@code Accept-Language: en…}). */
    static boolean english(String acceptLanguage) {
        return acceptLanguage != null
                && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en");
    }

    static List<String> headings(boolean english) {
        return HEADINGS.stream().map(heading -> heading.in(english)).toList();
    }

    /** The rows under the headings: each group, then the total. Empty cells are figures not known (none answered). */
    static List<List<Object>> rows(FiguresReport report, boolean english) {
        List<List<Object>> rows = new ArrayList<>();
        for (FiguresReport.Group group : report.rows()) {
            rows.add(row(group.code(), english ? group.en() : group.lo(), group.figures()));
        }
        rows.add(row("", TOTAL.in(english), report.totals()));
        return rows;
    }

    static List<List<Object>> weekRows(FiguresReport report) {
        return report.weeks().stream()
                .map(week -> List.<Object>of(week.week(), week.starts().toString(), week.received(), week.answered()))
                .toList();
    }

    private static List<Object> row(String code, String name, Figures figures) {
        List<Object> row = new ArrayList<>();
        row.add(code);
        row.add(name);
        row.add(figures.received());
        row.add(figures.open());
        row.add(figures.overdue());
        row.add(figures.answered());
        row.add(figures.answeredOnTime());
        row.add(figures.onTimePercent());
        row.add(figures.medianWorkingDays());
        row.add(figures.reopened());
        row.add(figures.reopenRate());
        row.add(figures.ratings());
        row.add(figures.averageRating());
        return row;
    }
}
