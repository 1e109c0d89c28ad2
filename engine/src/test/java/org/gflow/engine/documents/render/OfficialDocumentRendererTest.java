package org.gflow.engine.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.gflow.engine.documents.DocumentSamples;
import org.gflow.engine.documents.Poppler;
import org.gflow.engine.documents.QrReading;
import org.gflow.engine.documents.layout.DocumentKind;
import org.gflow.engine.documents.layout.LayoutRegistry;
import org.junit.jupiter.api.Test;

/**
 * Renders each kind from the default layouts and reads the PDF back with poppler: the Lao text
 * comes out intact, and the QR code on the rendered page decodes to the verification URL. The
 * PNGs stay in target/documents/ for a person to check that vowels and tone marks stack right.
 */
class OfficialDocumentRendererTest {

    private final LayoutRegistry layouts = LayoutRegistry.withDefaults();
    private final LayoutFiller filler = new LayoutFiller(LaoFonts.get());
    private final OfficialDocumentRenderer renderer = new OfficialDocumentRenderer();

    @Test
    void certificateKeepsItsLaoTextAndCarriesAQrCodeToTheVerificationPage() throws Exception {
        DocumentStamp stamp = DocumentSamples.stamp("C-2026-000042");
        byte[] pdf = render(DocumentKind.CERTIFICATE, DocumentSamples.certificate(), stamp);

        String text = Poppler.text(pdf);
        assertThat(text)
                .contains(
                        OfficialDocumentRenderer.STATE_LO,
                        OfficialDocumentRenderer.MOTTO_LO,
                        "ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ",
                        "ໃບອະນຸຍາດ",
                        DocumentSamples.HOLDER,
                        DocumentSamples.OFFICER,
                        "ໃບອະນຸຍາດດຳເນີນທຸລະກິດ",
                        "MOIC-BL-2026-0042",
                        "20/11/2031",
                        "C-2026-000042",
                        stamp.code());

        Path png = Poppler.firstPagePng(pdf, "certificate", 150);
        assertThat(QrReading.decode(png)).isEqualTo(stamp.verifyUrl());
    }

    @Test
    void letterListsItsAttachmentsAndTheSignOffTrail() throws Exception {
        byte[] pdf = render(DocumentKind.LETTER, DocumentSamples.letter(), DocumentSamples.stamp("L-2026-000007"));

        String text = Poppler.text(pdf);
        assertThat(text)
                .contains(
                        "0042/ກງ",
                        "ແຈ້ງການກອງປະຊຸມປະຈຳປີ",
                        "ວາລະກອງປະຊຸມ.pdf",
                        "ລາຍຊື່ຜູ້ເຂົ້າຮ່ວມ.xlsx",
                        "ທ່ານ ຄຳລາ ສີສຸວັນ",
                        "ທ່ານ ບຸນມີ ແສງທອງ",
                        "ອະນຸມັດ",
                        // 02:15 UTC is 09:15 in Vientiane
                        "20/11/2026 09:15");
        Poppler.firstPagePng(pdf, "letter", 110);
    }

    @Test
    void answerShowsTheComplaintAndTheResponsibleBodysAnswer() throws Exception {
        byte[] pdf = render(DocumentKind.ANSWER, DocumentSamples.answer(), DocumentSamples.stamp("A-2026-000001"));

        String text = Poppler.text(pdf);
        assertThat(text)
                .contains(
                        "1516-2026-000123",
                        "ນະຄອນຫຼວງວຽງຈັນ",
                        "21/11/2026",
                        "ຖະໜົນໄດ້ຮັບການສ້ອມແປງແລ້ວ",
                        "ສະຫຼຸບຄຳຮ້ອງທຸກ");
        Poppler.firstPagePng(pdf, "answer", 110);
    }

    private byte[] render(DocumentKind kind, Map<String, Object> variables, DocumentStamp stamp) {
        FilledDocument filled = filler.fill(layouts.layoutFor(kind, null), new CaseValues(variables));
        byte[] pdf = renderer.render(filled, stamp);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        return pdf;
    }
}
