package org.gflow.engine.documents.render;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gflow.engine.documents.layout.LocalizedText;
import org.gflow.engine.documents.render.FilledDocument.Field;
import org.gflow.engine.documents.render.FilledDocument.Items;
import org.gflow.engine.documents.render.FilledDocument.Paragraph;
import org.gflow.engine.documents.render.FilledDocument.Section;
import org.gflow.engine.documents.render.FilledDocument.SignatureBlock;
import org.gflow.engine.documents.render.FilledDocument.Trail;
import org.gflow.engine.documents.render.PageComposer.Cell;
import org.gflow.engine.documents.render.TextStyle.Align;

/**
 * Prints a filled layout as an official document: the state letterhead, the issuing body with
 * the serial and date, the title, the labelled values, the body, the sections, the signature,
 * the closing text and the verification block with its QR code. Lao first, English beneath
 * where the layout has it. Thread-safe: every call composes its own pages.
 */
public final class OfficialDocumentRenderer {

    /** The state heading and motto that open every official document of the Lao PDR. */
    static final String STATE_LO = "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ";

    static final String MOTTO_LO = "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ";
    private static final String STATE_EN = "Lao People's Democratic Republic";
    private static final String MOTTO_EN = "Peace Independence Democracy Unity Prosperity";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color RULE = new Color(0x8a, 0x6d, 0x1f);
    private static final float QR_SIZE = 84f;
    /** Printed on every page of a preview, where an issued document has its serial and link. */
    static final String DRAFT_LINE =
            DocumentStamp.DRAFT_MARK + " — ຍັງບໍ່ໄດ້ອອກ, ກວດສອບບໍ່ໄດ້ / not issued, cannot be verified";

    /** The PDF of a document. */
    public byte[] render(FilledDocument document, DocumentStamp stamp) {
        PageComposer page = new PageComposer(
                stamp.draft() ? DRAFT_LINE : stamp.serial() + "  |  " + stamp.verifyUrl(),
                document.title().lo() + " " + stamp.serial());
        letterhead(page, document, stamp);
        title(page, document.title());
        fields(page, document.fields());
        body(page, document.body());
        document.sections().forEach(section -> section(page, section));
        signatureAndVerification(page, document.signature(), stamp);
        footer(page, document.footer());
        return page.finish();
    }

    private static void letterhead(PageComposer page, FilledDocument document, DocumentStamp stamp) {
        page.text(STATE_LO, TextStyle.bold(13).aligned(Align.CENTER));
        page.text(STATE_EN, TextStyle.regular(8.5f).muted().aligned(Align.CENTER));
        page.text(MOTTO_LO, TextStyle.regular(11).aligned(Align.CENTER));
        page.text(MOTTO_EN, TextStyle.regular(8.5f).muted().aligned(Align.CENTER));
        page.gap(10);
        float half = page.width() / 2;
        String issuer = document.issuer().lo()
                + (document.issuer().hasEnglish() ? "\n" + document.issuer().en() : "");
        String reference = "ເລກທີ / No. " + stamp.serial() + "\nວັນທີ / Date " + DATE.format(stamp.issuedAt());
        page.row(List.of(
                new Cell(issuer, TextStyle.bold(11), page.left(), half),
                new Cell(reference, TextStyle.regular(10).aligned(Align.RIGHT), page.left() + half, half)));
        page.rule(RULE);
    }

    private static void title(PageComposer page, LocalizedText title) {
        page.gap(12);
        page.text(title.lo(), TextStyle.bold(18).aligned(Align.CENTER));
        if (title.hasEnglish()) {
            page.text(title.en(), TextStyle.regular(11).muted().aligned(Align.CENTER));
        }
        page.gap(12);
    }

    private static void fields(PageComposer page, List<Field> fields) {
        float labelWidth = page.width() * 0.36f;
        for (Field field : fields) {
            page.row(List.of(
                    new Cell(bilingual(field.label()), TextStyle.bold(10.5f), page.left(), labelWidth - 8),
                    new Cell(
                            field.value(),
                            TextStyle.regular(11.5f),
                            page.left() + labelWidth,
                            page.width() - labelWidth)));
            page.gap(3);
        }
    }

    private static void body(PageComposer page, LocalizedText body) {
        if (body == null) {
            return;
        }
        page.gap(10);
        page.text(body.lo(), TextStyle.regular(11.5f));
        if (body.hasEnglish()) {
            page.gap(4);
            page.text(body.en(), TextStyle.regular(9.5f).muted());
        }
    }

    private static void section(PageComposer page, Section section) {
        page.gap(12);
        page.ensureRoom(TextStyle.bold(12).leading() * 2);
        page.text(bilingual(section.heading()), TextStyle.bold(12));
        page.gap(2);
        if (section instanceof Paragraph paragraph) {
            page.text(paragraph.text(), TextStyle.regular(11.5f));
        } else if (section instanceof Items items) {
            numbered(page, items.items());
        } else if (section instanceof Trail trail) {
            SignoffTable.print(page, trail.entries());
        }
    }

    private static void numbered(PageComposer page, List<String> items) {
        float indent = 22;
        for (int i = 0; i < items.size(); i++) {
            page.row(List.of(
                    new Cell((i + 1) + ".", TextStyle.regular(11.5f), page.left(), indent),
                    new Cell(items.get(i), TextStyle.regular(11.5f), page.left() + indent, page.width() - indent)));
        }
    }

    /** The verification block (QR code left) beside the signature (right), kept together. */
    private void signatureAndVerification(PageComposer page, SignatureBlock signature, DocumentStamp stamp) {
        float half = page.width() / 2;
        page.gap(signature == null ? 8 : 18);
        page.ensureRoom(
                QR_SIZE + (signature == null ? 28 : 50 + 14 * signature.titles().size()));
        float top = page.y();
        if (signature != null) {
            signature(page, signature, page.left() + half, half);
        }
        float signatureBottom = page.y();
        page.moveTo(top);
        if (stamp.draft()) {
            // a draft has no code to scan: saying so keeps anyone from taking it as issued
            page.text(DRAFT_LINE, TextStyle.bold(10), page.left(), half);
            page.moveTo(Math.min(page.y(), signatureBottom));
            return;
        }
        QrCodes.draw(page.canvas(), stamp.verifyUrl(), page.left() - 6, top - QR_SIZE, QR_SIZE);
        page.moveTo(top - QR_SIZE);
        TextStyle small = TextStyle.regular(8);
        page.text("ກວດສອບເອກະສານ / Verify: " + stamp.verifyUrl(), small, page.left(), half);
        page.text("ລະຫັດ / Code: " + stamp.code(), small, page.left(), half);
        page.moveTo(Math.min(page.y(), signatureBottom));
    }

    private static void signature(PageComposer page, SignatureBlock signature, float x, float width) {
        page.text(signature.label().lo(), TextStyle.bold(11).aligned(Align.CENTER), x, width);
        if (signature.label().hasEnglish()) {
            page.text(signature.label().en(), TextStyle.regular(9).muted().aligned(Align.CENTER), x, width);
        }
        page.gap(48);
        page.text(signature.name(), TextStyle.bold(11.5f).aligned(Align.CENTER), x, width);
        for (int i = 0; i < signature.titles().size(); i++) {
            // the Lao title as the reader reads it, the English one smaller below
            TextStyle style =
                    i == 0 ? TextStyle.regular(10) : TextStyle.regular(9).muted();
            page.text(signature.titles().get(i), style.aligned(Align.CENTER), x, width);
        }
    }

    private static void footer(PageComposer page, LocalizedText footer) {
        if (footer == null) {
            return;
        }
        page.gap(12);
        page.text(footer.lo(), TextStyle.regular(9.5f));
        if (footer.hasEnglish()) {
            page.text(footer.en(), TextStyle.regular(8.5f).muted());
        }
    }

    static String bilingual(LocalizedText text) {
        return text.hasEnglish() ? text.lo() + " / " + text.en() : text.lo();
    }
}
