package org.gflow.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.gflow.engine.documents.archive.ArchivedDocument;
import org.gflow.engine.documents.archive.DatabasePdfStore;
import org.gflow.engine.documents.archive.DocumentArchive;
import org.gflow.engine.documents.archive.DocumentStatus;
import org.gflow.engine.documents.archive.FilePdfStore;
import org.gflow.engine.documents.archive.PdfStore;
import org.gflow.engine.documents.archive.SerialNumbers;
import org.gflow.engine.documents.layout.DocumentKind;
import org.gflow.engine.documents.layout.LayoutRegistry;
import org.gflow.engine.documents.render.DocumentInputException;
import org.gflow.engine.documents.render.LaoFonts;
import org.gflow.engine.documents.render.LayoutFiller;
import org.gflow.engine.documents.render.OfficialDocumentRenderer;
import org.gflow.engine.numbering.NumberSeriesService;
import org.gflow.engine.testing.GFlowDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class DocumentServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-21T03:30:00Z");

    private final DataSource dataSource = GFlowDatabase.create();
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    @TempDir
    Path files;

    /** A service on the test database; its PDFs go where the store function puts them. */
    static DocumentService service(DataSource dataSource, Function<JdbcTemplate, PdfStore> store, Clock clock) {
        return service(dataSource, store, clock, LayoutRegistry.withDefaults(), new SimpleMeterRegistry());
    }

    /** The same, with the layouts given (a plugin's among them). */
    static DocumentService service(
            DataSource dataSource, Function<JdbcTemplate, PdfStore> store, Clock clock, LayoutRegistry layouts) {
        return service(dataSource, store, clock, layouts, new SimpleMeterRegistry());
    }

    private static DocumentService service(
            DataSource dataSource,
            Function<JdbcTemplate, PdfStore> store,
            Clock clock,
            LayoutRegistry layouts,
            MeterRegistry meters) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DocumentArchive archive = new DocumentArchive(
                jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), store.apply(jdbc));
        return new DocumentService(
                layouts,
                new LayoutFiller(LaoFonts.get()),
                new OfficialDocumentRenderer(),
                new SerialNumbers(new NumberSeriesService(dataSource, clock)),
                archive,
                "https://gflow.gov.la/",
                clock,
                meters);
    }

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private DocumentService service = service(
            dataSource, DatabasePdfStore::new, Clock.fixed(NOW, ZoneOffset.UTC), LayoutRegistry.withDefaults(), meters);

    @Test
    void issuesOnceArchivesThePdfWithItsHashAndARetriedTaskGetsTheSameDocument() {
        IssuedDocument first = service.issue(certificateRequest("task-1"));
        IssuedDocument retried = service.issue(certificateRequest("task-1"));

        ArchivedDocument document = first.document();
        assertThat(first.alreadyIssued()).isFalse();
        assertThat(retried.alreadyIssued()).isTrue();
        assertThat(retried.document()).isEqualTo(document);
        assertThat(jdbc.queryForObject("select count(*) from gflow_document", Integer.class))
                .isEqualTo(1);
        assertThat(document.serial()).isEqualTo("C-2026-000001");
        assertThat(document.code()).matches("[A-Z2-7]{16}");
        assertThat(document.holderName()).isEqualTo(DocumentSamples.HOLDER);
        assertThat(document.issuingBody()).isEqualTo("ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ");
        assertThat(document.processInstanceId()).isEqualTo("case-1");
        byte[] pdf = service.archive().pdf(document);
        assertThat(DocumentService.sha256(pdf)).isEqualTo(document.sha256());
        assertThat(pdf).hasSize(document.sizeBytes());
        // the retry found its document: one issue step timed, not two
        assertThat(meters.get(DocumentService.ISSUE_TIMER)
                        .tag("kind", "certificate")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void verificationFindsGenuineCodesAndComparesUploadedBytes() {
        ArchivedDocument document = service.issue(certificateRequest("task-1")).document();
        byte[] pdf = service.archive().pdf(document);
        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 1;

        assertThat(service.verify(document.code().toLowerCase())).contains(document);
        assertThat(service.verify("AAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(service.verify("not-a-code")).isEmpty();
        assertThat(service.verify(null)).isEmpty();
        assertThat(service.matches(document.code(), pdf)).contains(true);
        assertThat(service.matches(document.code(), altered)).contains(false);
        assertThat(service.matches("AAAAAAAAAAAAAAAA", pdf)).isEmpty();
    }

    @Test
    void aRevokedDocumentReadsAsRevokedAndAnOldOneAsExpired() {
        ArchivedDocument document = service.issue(certificateRequest("task-1")).document();
        assertThat(document.status(service.today())).isEqualTo(DocumentStatus.VALID);
        assertThat(document.status(document.validUntil().plusDays(1))).isEqualTo(DocumentStatus.EXPIRED);

        ArchivedDocument revoked =
                service.revoke(document.code(), "ອອກໃຫ້ຜິດບໍລິສັດ").orElseThrow();
        service.revoke(document.code(), "a second reason is ignored");

        assertThat(revoked.status(service.today())).isEqualTo(DocumentStatus.REVOKED);
        assertThat(service.verify(document.code()).orElseThrow().revocationReason())
                .isEqualTo("ອອກໃຫ້ຜິດບໍລິສັດ");
        assertThat(service.revoke("AAAAAAAAAAAAAAAA", "x")).isEmpty();
        assertThatThrownBy(() -> service.revoke(document.code(), " ")).hasMessageContaining("reason");
    }

    @Test
    void badInputBurnsNoSerial() {
        Map<String, Object> variables = DocumentSamples.certificate();
        variables.remove("holderName");

        assertThatThrownBy(() -> service.issue(
                        new DocumentRequest("task-1", DocumentKind.CERTIFICATE, "case-1", "MOIC-BL-1", variables)))
                .isInstanceOf(DocumentInputException.class)
                .hasMessageContaining("'holderName'");
        assertThat(service.issue(certificateRequest("task-2")).document().serial())
                .isEqualTo("C-2026-000001");
    }

    @Test
    void theFileStoreKeepsPdfsUnderTheDataDirectory() {
        service = service(dataSource, jdbc -> new FilePdfStore(files), Clock.fixed(NOW, ZoneOffset.UTC));

        ArchivedDocument document = service.issue(certificateRequest("task-1")).document();

        assertThat(files.resolve("2026").resolve(document.id() + ".pdf")).exists();
        assertThat(DocumentService.sha256(service.archive().pdf(document))).isEqualTo(document.sha256());
        assertThat(jdbc.queryForObject("select count(*) from gflow_document_content", Integer.class))
                .isZero();
    }

    @Test
    void derivedVariablesNameTheMinistryAndTheCaseListsItsDocuments() {
        Map<String, Object> letter = DocumentSamples.letter();
        letter.remove("ministryNameLo");
        letter.remove("ministryNameEn");
        letter.put("ministry", "mof");

        service.issue(new DocumentRequest("task-1", DocumentKind.LETTER, "case-1", null, letter));
        service.issue(certificateRequest("task-2"));

        assertThat(service.archive().byCase("case-1"))
                .extracting(ArchivedDocument::serial)
                .containsExactlyInAnyOrder("L-2026-000001", "C-2026-000001");
        assertThat(service.archive().byCase("case-1"))
                .filteredOn(document -> document.kind().equals("letter"))
                .singleElement()
                .extracting(ArchivedDocument::issuingBody)
                .isEqualTo("ກະຊວງການເງິນ");
    }

    static DocumentRequest certificateRequest(String taskId) {
        return new DocumentRequest(
                taskId, DocumentKind.CERTIFICATE, "case-1", "MOIC-BL-2026-0042", DocumentSamples.certificate());
    }
}
