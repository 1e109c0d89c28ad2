package org.gflow.engine.documents.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.gflow.engine.documents.render.FilledDocument.SignoffEntry;
import org.gflow.engine.documents.render.PageComposer.Cell;

/** Prints a sign-off trail as a table: level, approver, decision, time, comment. */
final class SignoffTable {

    private static final float[] COLUMNS = {0.08f, 0.26f, 0.21f, 0.19f, 0.26f};
    private static final Color LINE = new Color(0xbb, 0xbb, 0xbb);

    private SignoffTable() {}

    static void print(PageComposer page, List<SignoffEntry> entries) {
        row(
                page,
                List.of("ຂັ້ນ\nLevel", "ຜູ້ລົງນາມ\nApprover", "ຕົກລົງ\nDecision", "ເວລາ\nTime", "ຄຳເຫັນ\nComment"),
                TextStyle.bold(9.5f));
        for (SignoffEntry entry : entries) {
            row(
                    page,
                    List.of(
                            entry.level(),
                            entry.approver(),
                            OfficialDocumentRenderer.bilingual(entry.decision()),
                            entry.time(),
                            entry.comment()),
                    TextStyle.regular(10));
        }
    }

    private static void row(PageComposer page, List<String> texts, TextStyle style) {
        List<Cell> cells = new ArrayList<>();
        float x = page.left();
        for (int i = 0; i < COLUMNS.length; i++) {
            float width = page.width() * COLUMNS[i];
            cells.add(new Cell(texts.get(i), style, x + 3, width - 6));
            x += width;
        }
        page.row(cells);
        page.rule(LINE);
    }
}
