package org.gflow.engine.open311;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gflow.plugin.api.LaoTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 under {@value #ROOT}, beside G-Flow's own public API, so that apps speaking
 * the protocol can list the hotline's categories, file complaints for citizens and follow them.
 * Every answer is JSON or XML by the path's ending; every refusal is the protocol's error list
 * with its HTTP status ({@link Open311Errors}), never G-Flow's problem detail. Reading is public;
 * filing needs an app's key ({@link ApiKeys}).
 */
@Hidden
@RestController
@RequestMapping(Open311Controller.ROOT)
class Open311Controller {

    static final String ROOT = "/open311/v2";

    /** A list may name this many requests by id. */
    private static final int MAX_IDS = 100;

    private final Open311Services services;
    private final Open311Intake intake;
    private final Open311Requests requests;
    private final Open311Throttle throttle;
    private final Open311Answers answers;

    Open311Controller(
            Open311Services services,
            Open311Intake intake,
            Open311Requests requests,
            Open311Throttle throttle,
            Open311Answers answers) {
        this.services = services;
        this.intake = intake;
        this.requests = requests;
        this.throttle = throttle;
        this.answers = answers;
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format, @RequestParam Map<String, String> query) {
        Open311Format answer = answers.format(format, query);
        return answers.ok(answer, "services", services.list(Language.of(query.get("locale"))));
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(
            @PathVariable String code, @PathVariable String format, @RequestParam Map<String, String> query) {
        Open311Format answer = answers.format(format, query);
        return answers.ok(
                answer,
                "service_definition",
                services.definition(code, Language.of(query.get("locale")))
                        .orElseThrow(
                                () -> Open311Exception.notFound("service_code " + code + " is not a service here.")));
    }

    /** Files a complaint; the fields come form-encoded, as the protocol posts them. */
    @PostMapping("/requests.{format}")
    ResponseEntity<String> file(
            @PathVariable String format, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        Open311Format answer = answers.format(format, form.toSingleValueMap());
        throttle.submission(request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .contentType(answer.mediaType())
                .body(answers.write(answer, "service_requests", List.of(intake.file(form))));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> list(
            @PathVariable String format, @RequestParam Map<String, String> query, HttpServletRequest request) {
        Open311Format answer = answers.format(format, query);
        throttle.lookup(request);
        List<String> ids = query.get("service_request_id") == null
                ? List.of()
                : Arrays.stream(query.get("service_request_id").split(","))
                        .map(String::strip)
                        .filter(id -> !id.isEmpty())
                        .distinct()
                        .toList();
        if (ids.size() > MAX_IDS) {
            throw Open311Exception.badRequest("service_request_id may name at most " + MAX_IDS + " requests.");
        }
        String status = query.get("status");
        if (status != null && !status.equals("open") && !status.equals("closed")) {
            throw Open311Exception.badRequest("status is open or closed.");
        }
        Instant start = instant("start_date", query.get("start_date"));
        Instant end = instant("end_date", query.get("end_date"));
        if (start != null && end != null && start.isAfter(end)) {
            throw Open311Exception.badRequest("start_date must not be after end_date.");
        }
        Open311Requests.Query wanted =
                new Open311Requests.Query(ids, blankToNull(query.get("service_code")), start, end, status);
        return answers.ok(answer, "service_requests", requests.list(wanted, Language.of(query.get("locale"))));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> request(
            @PathVariable String id,
            @PathVariable String format,
            @RequestParam Map<String, String> query,
            HttpServletRequest request) {
        Open311Format answer = answers.format(format, query);
        throttle.lookup(request);
        Open311Requests.Request found = requests.find(id, Language.of(query.get("locale")))
                .orElseThrow(() -> Open311Exception.notFound("service_request_id " + id + " is not a request here."));
        return answers.ok(answer, "service_requests", List.of(found));
    }

    /**
     * A W3C datetime ({@code 2026-04-14T06:37:38+07:00}); without an offset, or a date alone, it is
     * Lao time.
     */
    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(LaoTime.ZONE).toInstant();
            } catch (DateTimeParseException dateAlone) {
                try {
                    return LocalDate.parse(value).atStartOfDay(LaoTime.ZONE).toInstant();
                } catch (DateTimeParseException notADate) {
                    throw Open311Exception.badRequest(
                            field + " must be a W3C datetime such as 2026-04-14T06:37:38+07:00.");
                }
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
