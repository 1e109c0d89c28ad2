package org.gflow.engine.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import org.gflow.engine.security.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hotline dashboards' API under {@code /api/figures/hotline}: the figures, the complaints
 * behind them, and the same figures as CSV, XLSX and a monthly PDF in Lao. Who sees what is
 * {@link FiguresAccess}'s rule, applied to every one of them. The figures, the complaints and the
 * exports take the same filters ({@link FiguresFilter}); the monthly report its month.
 */
@RestController
@RequestMapping("/api/figures/hotline")
class FiguresController {

    private static final String USER = CurrentUser.REQUEST_ATTRIBUTE;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final HotlineFigures figures;
    private final FigureCases cases;
    private final FigureExports exports;
    private final MonthlyReport monthly;

    FiguresController(HotlineFigures figures, FigureCases cases, FigureExports exports, MonthlyReport monthly) {
        this.figures = figures;
        this.cases = cases;
        this.exports = exports;
        this.monthly = monthly;
    }

    @GetMapping
    @Operation(
            summary = "The hotline figures for a period, per organisation, province or category, with the weekly trend")
    FiguresReport hotline(
            @ParameterObject FiguresFilter filter,
            @RequestParam(name = "groupBy", required = false) String groupBy,
            @RequestAttribute(USER) CurrentUser user) {
        return figures.report(filter.query(), groupBy, user);
    }

    @GetMapping("/cases")
    @Operation(summary = "The complaints behind a figure, newest first, a page at a time")
    FigureCases.Page hotlineCases(
            @ParameterObject FiguresFilter filter,
            @Parameter(schema = @Schema(allowableValues = {"overdue", "open", "answered", "reopened"}))
                    @RequestParam(name = "state", required = false)
                    String state,
            @RequestParam(name = "size", required = false) Integer size,
            @RequestParam(name = "after", required = false) String after,
            @RequestAttribute(USER) CurrentUser user) {
        FiguresAccess.Scoped scoped = figures.scoped(filter.query(), user);
        return cases.list(scoped, state, size, after);
    }

    @GetMapping("/hotline.csv")
    @Operation(summary = "The figures as CSV, headings in the reader's language")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> csv(
            @ParameterObject FiguresFilter filter,
            @RequestParam(name = "groupBy", required = false) String groupBy,
            @Parameter(description = "lo or en: the headings' language, when not the Accept-Language's")
                    @RequestParam(name = "lang", required = false)
                    String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            @RequestAttribute(USER) CurrentUser user) {
        FiguresReport report = figures.report(filter.query(), groupBy, user);
        return download(
                exports.csv(report, FigureTable.english(lang == null ? language : lang)), CSV, name(report) + ".csv");
    }

    @GetMapping("/hotline.xlsx")
    @Operation(summary = "The figures as a spreadsheet, headings in the reader's language")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> xlsx(
            @ParameterObject FiguresFilter filter,
            @RequestParam(name = "groupBy", required = false) String groupBy,
            @Parameter(description = "lo or en: the headings' language, when not the Accept-Language's")
                    @RequestParam(name = "lang", required = false)
                    String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            @RequestAttribute(USER) CurrentUser user) {
        FiguresReport report = figures.report(filter.query(), groupBy, user);
        return download(
                exports.xlsx(report, FigureTable.english(lang == null ? language : lang)),
                XLSX,
                name(report) + ".xlsx");
    }

    @GetMapping("/monthly.pdf")
    @Operation(summary = "The monthly report in Lao, as a PDF")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> monthlyPdf(
            @RequestParam(name = "month") String month,
            @RequestParam(name = "organisation", required = false) String organisation,
            @RequestAttribute(USER) CurrentUser user) {
        FiguresReport report = figures.report(FiguresQuery.month(month, organisation), "organisation", user);
        return download(
                monthly.pdf(report, month.strip()),
                MediaType.APPLICATION_PDF,
                "hotline-1516-" + month.strip() + ".pdf");
    }

    private static String name(FiguresReport report) {
        return "hotline-1516-" + report.from() + "-" + report.to();
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
