package org.gflow.engine.documents;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.gflow.engine.documents.archive.ArchivedDocument;
import org.gflow.engine.documents.archive.DocumentArchive;
import org.gflow.engine.documents.archive.SerialNumbers;
import org.gflow.engine.documents.archive.VerificationCodes;
import org.gflow.engine.documents.layout.DocumentKind;
import org.gflow.engine.documents.layout.DocumentLayout;
import org.gflow.engine.documents.layout.LayoutRegistry;
import org.gflow.engine.documents.render.CaseValues;
import org.gflow.engine.documents.render.DocumentStamp;
import org.gflow.engine.documents.render.FilledDocument;
import org.gflow.engine.documents.render.LayoutFiller;
import org.gflow.engine.documents.render.OfficialDocumentRenderer;
import org.gflow.plugin.api.LaoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues, verifies and revokes official documents. Issuing checks the case's values against
 * the layout before it takes a serial, so bad input burns no serial; the PDF is archived with
 * its SHA-256 in the same step, once per render task. Thread-safe.
 */
public final class DocumentService {

    /** The timer of the issue step (a retry that finds its document is not counted). */
    public static final String ISSUE_TIMER = "gflow.documents.issued";

    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);

    private final LayoutRegistry layouts;
    private final LayoutFiller filler;
    private final OfficialDocumentRenderer renderer;
    private final SerialNumbers serials;
    private final VerificationCodes codes = new VerificationCodes();
    private final DocumentArchive archive;
    private final String verifyBase;
    private final Clock clock;
    private final MeterRegistry meters;

    /** A service whose timings nobody reads (tests, tools). */
    public DocumentService(
            LayoutRegistry layouts,
            LayoutFiller filler,
            OfficialDocumentRenderer renderer,
            SerialNumbers serials,
            DocumentArchive archive,
            String publicUrl,
            Clock clock) {
        this(layouts, filler, renderer, serials, archive, publicUrl, clock, new SimpleMeterRegistry());
    }

    /**
     * @param publicUrl the public base URL, e.g. {@code https://gflow.gov.la}; QR codes point at
     *     {@code <publicUrl>/verify/<code>}
     * @param meters where the time of each issue step goes ({@value #ISSUE_TIMER}, by kind)
     */
    public DocumentService(
            LayoutRegistry layouts,
            LayoutFiller filler,
            OfficialDocumentRenderer renderer,
            SerialNumbers serials,
            DocumentArchive archive,
            String publicUrl,
            Clock clock,
            MeterRegistry meters) {
        this.meters = meters;
        this.layouts = layouts;
        this.filler = filler;
        this.renderer = renderer;
        this.serials = serials;
        this.archive = archive;
        this.verifyBase = publicUrl.replaceAll("/+$", "") + "/verify/";
        this.clock = clock;
    }

    /**
     * Issues the document a request asks for, or returns the one its task already issued.
     *
     * @throws org.gflow.engine.documents.render.DocumentInputException naming missing variables
     *     or characters the font cannot print
     */
    public IssuedDocument issue(DocumentRequest request) {
        long start = System.nanoTime();
        Optional<ArchivedDocument> earlier = archive.byTask(request.taskId());
        if (earlier.isPresent()) {
            return new IssuedDocument(earlier.get(), true, System.nanoTime() - start);
        }
        ZonedDateTime issuedAt = ZonedDateTime.now(clock).withZoneSameInstant(LaoTime.ZONE);
        CaseValues values =
                new CaseValues(DerivedVariables.complete(request.variables(), request.businessKey(), issuedAt));
        DocumentLayout layout = layouts.layoutFor(
                request.kind(), values.raw("permitType").map(Object::toString).orElse(null));
        FilledDocument filled = filler.fill(layout, values);

        String serial = serials.next(request.kind(), issuedAt.getYear(), request.taskId());
        String code = codes.generate();
        byte[] pdf = renderer.render(filled, new DocumentStamp(serial, code, verifyBase + code, issuedAt));
        ArchivedDocument stored = archive.store(
                new ArchivedDocument(
                        UUID.randomUUID().toString(),
                        request.taskId(),
                        request.kind().code(),
                        serial,
                        code,
                        request.processInstanceId(),
                        request.businessKey(),
                        filled.holderName(),
                        filled.issuer().lo(),
                        issuedAt.toInstant(),
                        filled.validUntil(),
                        sha256(pdf),
                        pdf.length,
                        null,
                        null),
                pdf);

        long elapsed = System.nanoTime() - start;
        Timer.builder(ISSUE_TIMER)
                .description("Official documents issued: check, serial, render, SHA-256, archive")
                .tag("kind", request.kind().code())
                .register(meters)
                .record(elapsed, TimeUnit.NANOSECONDS);
        LOG.info(
                "issued {} {} for case {} in {} ms",
                request.kind().code(),
                stored.serial(),
                request.processInstanceId(),
                elapsed / 1_000_000);
        // a concurrent attempt of the same task may have archived first: then that one stands
        return new IssuedDocument(stored, !stored.serial().equals(serial), elapsed);
    }

    /**
     * A draft of the document a request would issue, marked as such: no serial, no code, not
     * archived and so not verifiable. Values not known yet are left out rather than refused.
     */
    public byte[] preview(DocumentKind kind, String businessKey, java.util.Map<String, Object> caseVariables) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(LaoTime.ZONE);
        CaseValues values = new CaseValues(DerivedVariables.complete(caseVariables, businessKey, now));
        DocumentLayout layout = layouts.layoutFor(
                kind, values.raw("permitType").map(Object::toString).orElse(null));
        return renderer.render(filler.fill(layout.asDraft(), values), DocumentStamp.draft(now));
    }

    /**
     * The genuine document with this verification code. A malformed code costs the same
     * database lookup as a well-formed one, so neither timing nor answer tells them apart.
     */
    public Optional<ArchivedDocument> verify(String typedCode) {
        return archive.byCode(VerificationCodes.lookupKey(typedCode));
    }

    /**
     * Whether some bytes are exactly the archived PDF of a code. Empty when the code is not
     * genuine.
     */
    public Optional<Boolean> matches(String typedCode, byte[] candidate) {
        return verify(typedCode)
                .map(document -> MessageDigest.isEqual(
                        document.sha256().getBytes(StandardCharsets.US_ASCII),
                        sha256(candidate).getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Revokes the document with a verification code.
     *
     * @return the document as it is now, empty when the code is not genuine
     */
    public Optional<ArchivedDocument> revoke(String typedCode, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a revocation needs a reason");
        }
        return verify(typedCode).flatMap(document -> {
            if (archive.revoke(document.id(), reason.strip(), clock.instant())) {
                LOG.info("revoked {} {}: {}", document.kind(), document.serial(), reason.strip());
            }
            return archive.byId(document.id());
        });
    }

    /** Today in Vientiane, for document status. */
    public LocalDate today() {
        return LaoTime.today(clock);
    }

    /** The document archive, for the inbox's lists and downloads. */
    public DocumentArchive archive() {
        return archive;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
