package org.gflow.engine.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The figures as a CSV file and as a spreadsheet (XLSX), from one {@link FigureTable}. */
@Component
class FigureExports {

    /** UTF-8 with a byte-order mark, so spreadsheet programs read the Lao headings right. */
    byte[] csv(FiguresReport report, boolean english) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        try (CSVPrinter printer =
                new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            printer.printRecord(FigureTable.headings(english));
            for (List<Object> row : FigureTable.rows(report, english)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A workbook with the figures on one sheet and the weekly trend on another. */
    byte[] xlsx(FiguresReport report, boolean english) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "G-Flow", "1.0");
            Worksheet figures = workbook.newWorksheet(english ? "Figures" : "ຕົວເລກ");
            write(figures, FigureTable.headings(english), FigureTable.rows(report, english));
            Worksheet weeks = workbook.newWorksheet(english ? "Weekly" : "ລາຍອາທິດ");
            write(
                    weeks,
                    FigureTable.WEEK_HEADINGS.stream()
                            .map(heading -> heading.in(english))
                            .toList(),
                    FigureTable.weekRows(report));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, List<String> headings, List<List<Object>> rows) {
        for (int column = 0; column < headings.size(); column++) {
            sheet.value(0, column, headings.get(column));
            sheet.style(0, column).bold().set();
        }
        for (int row = 0; row < rows.size(); row++) {
            List<Object> cells = rows.get(row);
            for (int column = 0; column < cells.size(); column++) {
                Object value = cells.get(column);
                if (value instanceof Number number) {
                    sheet.value(row + 1, column, number);
                } else if (value != null) {
                    sheet.value(row + 1, column, value.toString());
                }
            }
        }
    }
}
