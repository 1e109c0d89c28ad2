package org.gflow.engine.documents;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.gflow.engine.documents.archive.DatabasePdfStore;
import org.gflow.engine.documents.archive.DocumentArchive;
import org.gflow.engine.documents.archive.FilePdfStore;
import org.gflow.engine.documents.archive.PdfStore;
import org.gflow.engine.documents.archive.SerialNumbers;
import org.gflow.engine.documents.layout.LayoutRegistry;
import org.gflow.engine.documents.render.LaoFonts;
import org.gflow.engine.documents.render.LayoutFiller;
import org.gflow.engine.documents.render.OfficialDocumentRenderer;
import org.gflow.engine.numbering.NumberSeriesService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the documents feature. Properties: {@code gflow.documents.store} ({@code database}, the
 * default, or {@code files} under {@code ${gflow.data-dir}/documents}), {@code gflow.public-url}
 * (printed in QR codes).
 */
@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    @Bean
    LayoutRegistry documentLayouts() {
        return LayoutRegistry.withDefaults();
    }

    @Bean
    DocumentService documentService(
            LayoutRegistry layouts,
            DataSource dataSource,
            NumberSeriesService numbers,
            @Value("${gflow.documents.store:database}") String store,
            @Value("${gflow.data-dir}") String dataDir,
            @Value("${gflow.public-url}") String publicUrl,
            MeterRegistry meters) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DocumentArchive archive = new DocumentArchive(
                jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                pdfStore(store, jdbc, dataDir));
        return new DocumentService(
                layouts,
                new LayoutFiller(LaoFonts.get()),
                new OfficialDocumentRenderer(),
                new SerialNumbers(numbers),
                archive,
                publicUrl,
                Clock.systemUTC(),
                meters);
    }

    private static PdfStore pdfStore(String store, JdbcTemplate jdbc, String dataDir) {
        return switch (store.strip().toLowerCase(Locale.ROOT)) {
            case "database" -> new DatabasePdfStore(jdbc);
            case "files" -> new FilePdfStore(Path.of(dataDir, "documents"));
            default ->
                throw new IllegalStateException(
                        "gflow.documents.store must be 'database' or 'files', not '" + store + "'");
        };
    }
}
