package org.gflow.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.gflow.engine.documents.archive.ArchivedDocument;
import org.gflow.engine.documents.archive.DatabasePdfStore;
import org.gflow.engine.documents.layout.DocumentKind;
import org.gflow.engine.documents.layout.LayoutRegistry;
import org.gflow.engine.testing.GFlowDatabase;
import org.gflow.engine.vocabulary.Vocabulary;
import org.gflow.ldap.DirectoryPeople;
import org.gflow.ldap.LdapDirectory;
import org.gflow.ldap.embedded.EmbeddedDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A business licence and an official letter as a citizen receives them: issued with MOIC's own
 * certificate layout and the engine's letter layout, the signatory's name and titles read from
 * the demo directory, then read back with poppler ({@code pdftotext}) and rendered to PNG under
 * {@code target/documents/} for people to look at. Checked: the business type and the
 * recipients by their Lao names (never their codes), the enterprise of the grant as the
 * holder, and the signatory's name with their Lao and English titles.
 */
class SignedDocumentsRenderingTest {

    private static final Path LICENCE_LAYOUT = Path.of(
            "../plugins/moic-business-licence/src/main/resources/gflow/documents/certificate-business-licence.json");
    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private static EmbeddedDirectory directory;
    private static LdapDirectory ldap;

    private final LayoutRegistry layouts = LayoutRegistry.withDefaults();
    private final DocumentService documents = DocumentServiceTest.service(
            GFlowDatabase.create(),
            DatabasePdfStore::new,
            Clock.fixed(Instant.parse("2026-11-21T03:30:00Z"), ZoneOffset.UTC),
            layouts);
    private final IdentityService identities = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final CaseDocumentVariables caseVariables =
            new CaseDocumentVariables(mock(TaskService.class), identities, new DirectoryPeople(ldap));

    @BeforeAll
    static void startDirectory() {
        directory = EmbeddedDirectory.start(0);
        ldap = new LdapDirectory(directory.settings());
    }

    @AfterAll
    static void stopDirectory() {
        ldap.close();
        directory.stop();
    }

    @Test
    void theBusinessLicenceNamesTheEnterpriseItsTypeInLaoAndTheDirectorWhoSignedIt() throws Exception {
        layouts.register(
                "moic-business-licence", "certificate-business-licence.json", Files.readAllBytes(LICENCE_LAYOUT));
        person("thongsavanh.moic", "ທອງສະຫວັນ", "ວົງສະຫວາດ");
        Map<String, Object> licence = new LinkedHashMap<>();
        licence.put("permitType", "business-licence");
        licence.put("ministry", "moic");
        licence.put("applicantName", "ຮ້ານ ດາວເຮືອງ");
        licence.put("enterpriseName", "ບໍລິສັດ ດາວເຮືອງ ການຄ້າ ຈຳກັດ");
        licence.put("enterpriseNumber", "01-0001024");
        licence.put("businessType", "tourism");
        licence.put("businessAddress", "ບ້ານ ໂພນໄຊ, ເມືອງ ໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ");
        licence.put("receiptNumber", "MOF-2026-000042");
        licence.put("validUntil", "2031-11-20");
        licence.put("approvingOfficer", "thongsavanh.moic");
        licence.put("attachments", List.of());

        ArchivedDocument issued = issue("licence-task", DocumentKind.CERTIFICATE, licence);
        byte[] pdf = documents.archive().pdf(issued);
        String text = Poppler.text(pdf);
        assertThat(Poppler.firstPagePng(pdf, "business-licence-signed", 110)).isNotEmptyFile();

        assertThat(issued.holderName())
                .as("the holder is the enterprise of the grant")
                .isEqualTo("ບໍລິສັດ ດາວເຮືອງ ການຄ້າ ຈຳກັດ");
        assertThat(text)
                .contains(VOCABULARY.businessType("tourism").orElseThrow().lo())
                .doesNotContain("tourism")
                .contains("ທອງສະຫວັນ ວົງສະຫວາດ")
                .contains("ຜູ້ອຳນວຍການອະນຸມັດໃບອະນຸຍາດ")
                .contains("Licence director, Ministry of Industry and Commerce")
                .doesNotContain("thongsavanh");
    }

    @Test
    void theLetterNamesItsRecipientsInLaoAndIsSignedByItsLastApprover() throws Exception {
        person("inpeng.mof", "ອິນເປັງ", "ມະນີວົງ");
        person("amphone.mof", "ອຳພອນ", "ຈັນທະວົງ");
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("ministry", "mof");
        letter.put("registryNumber", "0042/ກງ");
        letter.put("recipients", List.of("moic", "bokeo"));
        letter.put("subject", "ແຈ້ງການກອງປະຊຸມປະຈຳປີ");
        letter.put("letterBody", "ກະຊວງການເງິນ ຂໍແຈ້ງໃຫ້ບັນດາພາກສ່ວນທີ່ກ່ຽວຂ້ອງຊາບ.");
        letter.put("attachments", List.of());
        letter.put(
                "signoffTrail",
                List.of(
                        Map.of(
                                "approver",
                                "inpeng.mof",
                                "level",
                                1,
                                "decision",
                                "approve",
                                "time",
                                "2026-11-20T02:15:00Z"),
                        Map.of(
                                "approver",
                                "amphone.mof",
                                "level",
                                2,
                                "decision",
                                "approve",
                                "time",
                                "2026-11-21T01:40:00Z")));

        byte[] pdf = documents.archive().pdf(issue("letter-task", DocumentKind.LETTER, letter));
        String text = Poppler.text(pdf);
        assertThat(Poppler.firstPagePng(pdf, "letter-signed", 110)).isNotEmptyFile();

        assertThat(text)
                .contains(VOCABULARY.organisation("moic").orElseThrow().lo())
                .contains(VOCABULARY.organisation("bokeo").orElseThrow().lo())
                .contains("ອຳພອນ ຈັນທະວົງ")
                .contains("ຮອງລັດຖະມົນຕີ, ກະຊວງການເງິນ")
                .contains("Vice-minister, Ministry of Finance")
                .doesNotContain("amphone.mof");
    }

    private ArchivedDocument issue(String taskId, DocumentKind kind, Map<String, Object> variables) {
        Map<String, Object> completed = caseVariables.complete("case-" + taskId, variables);
        return documents
                .issue(new DocumentRequest(taskId, kind, "case-" + taskId, "APP-2026-000042", completed))
                .document();
    }

    /** The directory's name of a person, as Camunda's identity service gives it. */
    private void person(String id, String firstName, String lastName) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(id);
        when(user.getFirstName()).thenReturn(firstName);
        when(user.getLastName()).thenReturn(lastName);
        when(identities.createUserQuery().userId(id).singleResult()).thenReturn(user);
    }
}
