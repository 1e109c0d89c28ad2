package org.gflow.engine.documents.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.gflow.engine.documents.render.PageComposer.Cell;

/**
 * A report of figures as a PDF in the documents' own layout — the embedded Lao font, Lao line
 * breaking, A4 pages with a running foot: a title, a few lines under it, then tables whose cells
 * wrap in their columns. For reports made of numbers (the hotline's monthly figures); official
 * documents with a serial and a QR code are {@link OfficialDocumentRenderer}'s.
 */
public final class TableReport {

    private static final Color LINE = new Color(0xbb, 0xbb, 0xbb);

    /**
     * One table.
     *
     * @param heading what it shows, above it
     * @param columns each column's heading
     * @param widths each column's share of the page's width (they add up to 1)
     * @param rows the cells, row by row, as text
     */
    public record Table(String heading, List<String> columns, List<Float> widths, List<List<String>> rows) {}

    /**
     * @param title the report's title, also the PDF's title
     * @param lines short lines under the title (period, who it covers)
     * @param foot the text at the foot of every page, before the page number
     */
    public record Content(String title, List<String> lines, List<Table> tables, String foot) {}

    private TableReport() {}

    public static byte[] render(Content content) {
        PageComposer page = new PageComposer(content.foot(), content.title());
        page.text(content.title(), TextStyle.bold(16));
        for (String line : content.lines()) {
            page.text(line, TextStyle.regular(10.5f).muted());
        }
        for (Table table : content.tables()) {
            page.gap(12);
            page.text(table.heading(), TextStyle.bold(12));
            page.gap(4);
            row(page, table.columns(), table.widths(), TextStyle.bold(8.5f));
            for (List<String> cells : table.rows()) {
                row(page, cells, table.widths(), TextStyle.regular(9));
            }
        }
        return page.finish();
    }

    private static void row(PageComposer page, List<String> texts, List<Float> widths, TextStyle style) {
        List<Cell> cells = new ArrayList<>();
        float x = page.left();
        for (int i = 0; i < widths.size(); i++) {
            float width = page.width() * widths.get(i);
            String text = i < texts.size() && texts.get(i) != null ? texts.get(i) : "";
            cells.add(new Cell(text, style, x + 2, width - 4));
            x += width;
        }
        page.row(cells);
        page.rule(LINE);
    }
}
