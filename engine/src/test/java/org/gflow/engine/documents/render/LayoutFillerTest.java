package org.gflow.engine.documents.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.gflow.engine.documents.DocumentSamples;
import org.gflow.engine.documents.layout.DocumentKind;
import org.gflow.engine.documents.layout.LayoutRegistry;
import org.junit.jupiter.api.Test;

class LayoutFillerTest {

    private final LayoutRegistry layouts = LayoutRegistry.withDefaults();
    private final LayoutFiller filler = new LayoutFiller(LaoFonts.get());

    @Test
    void aMissingRequiredFieldIsNamedInsteadOfPrintingABlank() {
        Map<String, Object> variables = DocumentSamples.certificate();
        variables.remove("validUntil");
        variables.put("holderName", "  ");

        assertThatThrownBy(() -> fill(DocumentKind.CERTIFICATE, variables))
                .isInstanceOf(DocumentInputException.class)
                .hasMessageContaining("'holderName'")
                .hasMessageContaining("'validUntil'")
                .satisfies(error -> assertThat(((DocumentInputException) error).variables())
                        .containsExactly("holderName", "validUntil"));
    }

    @Test
    void aVariableTheBodyRefersToIsRequiredToo() {
        layouts.register("plugin:test", "answer.json", """
                {"kind": "answer", "issuer": {"lo": "ສາຍດ່ວນ 1516"}, "title": {"lo": "ຄຳຕອບ"},
                 "body": {"lo": "ຄຳຕອບຂອງ ${responsibleBody}: ${answerText}"}}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> fill(DocumentKind.ANSWER, DocumentSamples.answer()))
                .hasMessageContaining("'responsibleBody'")
                .hasMessageNotContaining("'answerText'");
    }

    @Test
    void aLetterWithoutARequiredSignOffTrailIsRefused() {
        Map<String, Object> variables = DocumentSamples.letter();
        variables.remove("signoffTrail");

        assertThatThrownBy(() -> fill(DocumentKind.LETTER, variables)).hasMessageContaining("'signoffTrail'");
    }

    @Test
    void charactersTheFontCannotPrintAreReportedWithTheirVariable() {
        Map<String, Object> variables = DocumentSamples.certificate();
        variables.put("holderName", "ຮ້ານ 😀 中文");

        assertThatThrownBy(() -> fill(DocumentKind.CERTIFICATE, variables))
                .isInstanceOf(DocumentInputException.class)
                .hasMessageContaining("'😀' (U+1F600)")
                .hasMessageContaining("'中' (U+4E2D)")
                .hasMessageContaining("variable 'holderName'");
    }

    @Test
    void valuesAreWrittenAsTheLayoutFormatsThemAndTheArchiveFactsAreKept() {
        FilledDocument filled = fill(DocumentKind.CERTIFICATE, DocumentSamples.certificate());

        assertThat(filled.issuer().lo()).isEqualTo("ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ");
        assertThat(filled.fields()).extracting(FilledDocument.Field::value).contains("21/11/2026", "20/11/2031");
        assertThat(filled.body().lo()).contains(DocumentSamples.HOLDER).doesNotContain("${");
        assertThat(filled.holderName()).isEqualTo(DocumentSamples.HOLDER);
        assertThat(filled.validUntil()).isEqualTo(LocalDate.of(2031, 11, 20));
        assertThat(filled.signature().name()).isEqualTo(DocumentSamples.OFFICER);
    }

    @Test
    void anUnreadableDateNamesItsVariable() {
        Map<String, Object> variables = DocumentSamples.certificate();
        variables.put("validFrom", "next week");

        assertThatThrownBy(() -> fill(DocumentKind.CERTIFICATE, variables)).hasMessageContaining("'validFrom'");
    }

    private FilledDocument fill(DocumentKind kind, Map<String, Object> variables) {
        return filler.fill(layouts.layoutFor(kind, null), new CaseValues(variables));
    }
}
