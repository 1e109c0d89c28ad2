package org.gflow.engine.figures;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gflow.engine.documents.render.TableReport;
import org.springframework.stereotype.Component;

/**
 * The hotline's monthly report in Lao, as a PDF through the documents' layout ({@link
 * TableReport}): the month's totals, the figures per organisation and the weekly trend.
 */
@Component
class MonthlyReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    byte[] pdf(FiguresReport report, String month) {
        String title = "ລາຍງານປະຈຳເດືອນ ສາຍດ່ວນ 1516 — " + month;
        List<String> lines = new ArrayList<>();
        lines.add("ໄລຍະ: " + report.from().format(DAY) + " – " + report.to().format(DAY)
                + " (ຄຳຮ້ອງທຸກທີ່ໄດ້ຮັບໃນເດືອນນີ້; ມື້ລັດຖະການ ບໍ່ນັບວັນພັກ)");
        if (report.organisation() != null) {
            lines.add("ອົງການ: "
                    + HotlineFigures.term("organisation", report.organisation()).lo());
        }
        Figures totals = report.totals();
        lines.add("ໄດ້ຮັບ " + totals.received() + " · ຕອບແລ້ວ " + totals.answered() + " · ທັນກຳນົດ "
                + text(totals.onTimePercent()) + "% · ກາຍກຳນົດ " + totals.overdue() + " · ມື້ລັດຖະການ (ກາງ) "
                + text(totals.medianWorkingDays()));
        List<List<String>> rows = FigureTable.rows(report, false).stream()
                .map(row -> row.subList(1, row.size()).stream()
                        .map(MonthlyReport::text)
                        .toList())
                .toList();
        TableReport.Table figures = new TableReport.Table(
                "ຕົວເລກຕາມອົງການ",
                FigureTable.headings(false).subList(1, FigureTable.HEADINGS.size()),
                List.of(0.16f, 0.07f, 0.08f, 0.07f, 0.07f, 0.08f, 0.07f, 0.08f, 0.07f, 0.07f, 0.07f, 0.11f),
                rows);
        TableReport.Table weeks = new TableReport.Table(
                "ແນວໂນ້ມລາຍອາທິດ",
                FigureTable.WEEK_HEADINGS.stream().map(heading -> heading.lo()).toList(),
                List.of(0.25f, 0.25f, 0.25f, 0.25f),
                FigureTable.weekRows(report).stream()
                        .map(row -> row.stream().map(MonthlyReport::text).toList())
                        .toList());
        return TableReport.render(
                new TableReport.Content(title, lines, List.of(figures, weeks), "G-Flow · ສາຍດ່ວນ 1516 · " + month));
    }

    private static String text(Object value) {
        return value == null ? "–" : Objects.toString(value);
    }
}
