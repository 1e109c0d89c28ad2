package org.gflow.engine.documents.render;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Sets text on A4 pages top to bottom: wraps it at Lao word boundaries, moves down line by
 * line and starts a new page when one is full. Every page carries a running foot (the serial
 * and the page number). Text is drawn through OpenPDF's direct content, where the layout
 * processor shapes each line.
 */
final class PageComposer {

    static final float MARGIN = 56f;
    private static final float FOOT_ROOM = 36f;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + FOOT_ROOM);
    private final PdfWriter writer;
    private final LaoLineBreaker breaker = new LaoLineBreaker();
    private float y;

    /**
     * @param runningFoot the text at the foot of every page, before the page number
     * @param title the PDF's title in its metadata
     */
    PageComposer(String runningFoot, String title) {
        try {
            writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException impossible) {
            throw new IllegalStateException(impossible);
        }
        writer.setPageEvent(new RunningFoot(runningFoot));
        document.addTitle(title);
        document.addCreator("G-Flow");
        document.open();
        y = top();
    }

    /** The width text may take. */
    float width() {
        return document.right() - document.left();
    }

    float left() {
        return document.left();
    }

    /** Where the next line's top is. */
    float y() {
        return y;
    }

    PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    /** Writes a text over the full width, wrapping as needed. */
    void text(String text, TextStyle style) {
        text(text, style, document.left(), width());
    }

    /** Writes a text in a column, wrapping as needed; returns the lines written. */
    List<String> text(String text, TextStyle style, float x, float columnWidth) {
        List<String> lines = wrap(text, style, columnWidth);
        for (String line : lines) {
            ensureRoom(style.leading());
            y -= style.leading();
            drawLine(line, style, x, columnWidth, y + style.leading() * 0.3f);
        }
        return lines;
    }

    /** A text placed in one column of a row. */
    record Cell(String text, TextStyle style, float x, float width) {}

    /**
     * Writes cells side by side, each wrapped in its column, all starting at the same height; the
     * cursor then moves below the tallest. A row is kept on one page when it fits on one.
     *
     * @return the height the row took
     */
    float row(List<Cell> cells) {
        List<List<String>> lines = cells.stream()
                .map(cell -> wrap(cell.text(), cell.style(), cell.width()))
                .toList();
        float height = 0;
        for (int i = 0; i < cells.size(); i++) {
            height = Math.max(height, lines.get(i).size() * cells.get(i).style().leading());
        }
        ensureRoom(Math.min(height, document.top() - document.bottom()));
        float rowTop = y;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            float lineTop = rowTop;
            for (String line : lines.get(i)) {
                lineTop -= cell.style().leading();
                drawLine(
                        line,
                        cell.style(),
                        cell.x(),
                        cell.width(),
                        lineTop + cell.style().leading() * 0.3f);
            }
        }
        y = Math.max(rowTop - height, document.bottom());
        return height;
    }

    /** Wraps a text to a column width. */
    List<String> wrap(String text, TextStyle style, float columnWidth) {
        return breaker.wrap(text, columnWidth, style::width);
    }

    /** Draws one line with its baseline at {@code baseline}; does not move down. */
    void drawLine(String line, TextStyle style, float x, float columnWidth, float baseline) {
        float start = switch (style.align()) {
            case LEFT -> x;
            case CENTER -> x + (columnWidth - style.width(line)) / 2;
            case RIGHT -> x + columnWidth - style.width(line);
        };
        PdfContentByte canvas = canvas();
        canvas.beginText();
        canvas.setColorFill(style.color());
        canvas.setFontAndSize(style.font(), style.size());
        canvas.setTextMatrix(start, baseline);
        canvas.showText(line);
        canvas.endText();
    }

    /** Moves down. */
    void gap(float points) {
        y = Math.max(y - points, document.bottom());
    }

    /** A thin line across the page. */
    void rule(Color color) {
        ensureRoom(6);
        PdfContentByte canvas = canvas();
        canvas.setColorStroke(color);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(document.left(), y - 3);
        canvas.lineTo(document.right(), y - 3);
        canvas.stroke();
        y -= 6;
    }

    /** Starts a new page unless this much room is left on the current one. */
    void ensureRoom(float height) {
        if (y - height < document.bottom()) {
            document.newPage();
            y = top();
        }
    }

    /** Moves the cursor, e.g. to the lowest point of several columns. */
    void moveTo(float newY) {
        y = newY;
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private float top() {
        return document.top();
    }

    /** Serial and page number at the foot of every page. */
    private static final class RunningFoot extends PdfPageEventHelper {

        private final String text;

        RunningFoot(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            TextStyle style = TextStyle.regular(8).muted();
            Rectangle page = document.getPageSize();
            String foot = text + "  |  ໜ້າ / Page " + writer.getPageNumber();
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginText();
            canvas.setColorFill(style.color());
            canvas.setFontAndSize(style.font(), style.size());
            canvas.setTextMatrix((page.getWidth() - style.width(foot)) / 2, MARGIN - 8);
            canvas.showText(foot);
            canvas.endText();
        }
    }
}
