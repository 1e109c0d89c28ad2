package org.gflow.engine.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NotificationTextsTest {

    private final NotificationTexts texts = new NotificationTexts("gflow/notifications/messages_lo.properties");

    @Test
    void fillsPlaceholdersFromTheCase() {
        NotificationTexts.Text text =
                texts.render("permit.fee-due", Map.of("applicantName", "ບໍລິສັດ ດາວເຮືອງ", "feeAmount", 1500000));
        assertThat(text.subject()).isEqualTo("ກະລຸນາຊຳລະຄ່າທຳນຽມ 1,500,000 ກີບ");
        assertThat(text.body()).startsWith("ຮຽນ ບໍລິສັດ ດາວເຮືອງ,");
    }

    @Test
    void anOrganisationIsNamedNotCoded() {
        NotificationTexts.Text text = texts.render(
                "hotline.verification-overdue",
                Map.of("trackingNumber", "1516-2026-000042", "responsibleOrg", "bokeo"));
        assertThat(text.body()).contains("ມອບໃຫ້ ແຂວງບໍ່ແກ້ວ").doesNotContain("bokeo");
    }

    @Test
    void anUnknownKindIsNamed() {
        assertThatThrownBy(() -> texts.render("permit.teleported", Map.of())).hasMessageContaining("permit.teleported");
    }

    @Test
    void inEnglishACodeIsNamedInEnglish() {
        NotificationTexts.Text text = NotificationTexts.in(Languages.ENGLISH)
                .render(
                        "hotline.verification-overdue",
                        Map.of("trackingNumber", "1516-2026-000042", "responsibleOrg", "bokeo"));
        assertThat(text.subject()).isEqualTo("Overdue: complaint 1516-2026-000042 has not been verified");
        assertThat(text.body()).contains("assigned to Bokeo").doesNotContain("bokeo");
        assertThat(text.language()).isEqualTo("en");
    }

    @Test
    void theHtmlBodyEscapesWhatPeopleWrote() {
        NotificationTexts.Text text =
                texts.render("permit.refused", Map.of("applicantName", "<b>ດາວ</b> & Co", "decisionReasons", "a<b"));
        assertThat(text.html())
                .contains("ຮຽນ &lt;b&gt;ດາວ&lt;/b&gt; &amp; Co,")
                .contains("a&lt;b")
                .startsWith("<p>");
        assertThat(text.body()).contains("ຮຽນ <b>ດາວ</b> & Co,");
    }

    @Test
    void everyKindTheProcessesSendHasALaoText() throws Exception {
        Pattern kind = Pattern.compile("kind `([a-z]+\\.[a-z-]+)`");
        String contract = Files.readString(Path.of("../processes/README.md"));
        Matcher matcher = kind.matcher(contract);
        int found = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            assertThat(texts.render(name, Map.of()).body()).as(name).isNotBlank();
            NotificationTexts.Text english =
                    NotificationTexts.in(Languages.ENGLISH).render(name, Map.of());
            assertThat(english.subject()).as(name).isNotBlank();
            assertThat(english.html()).as(name).startsWith("<p>");
            found++;
        }
        assertThat(found).isGreaterThanOrEqualTo(5);
    }
}
