package org.gflow.engine.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.UUID;
import org.gflow.engine.errors.Conflicts;
import org.gflow.plugin.api.LaoTime;
import org.gflow.processes.validation.InvalidVariableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
 * with its HTTP status, never G-Flow's problem detail. Reading is public; filing needs an app's
 * key ({@link ApiKeys}). One jurisdiction, this engine's ({@code gflow.open311.jurisdiction-id}).
 */
@Hidden
@RestController
@RequestMapping(Open311Controller.ROOT)
class Open311Controller {

    static final String ROOT = "/open311/v2";

    /** One refusal of the protocol's error list. */
    record Error(
            @JsonProperty("code") int code,
            @JsonProperty("description") String description) {}

    private static final Logger LOG = LoggerFactory.getLogger(Open311Controller.class);
    /** A list may name this many requests by id. */
    private static final int MAX_IDS = 100;

    private final Open311Services services;
    private final Open311Intake intake;
    private final Open311Requests requests;
    private final Open311Throttle throttle;
    private final ObjectMapper json;
    private final String jurisdiction;

    Open311Controller(
            Open311Services services,
            Open311Intake intake,
            Open311Requests requests,
            Open311Throttle throttle,
            ObjectMapper json,
            @Value("${gflow.open311.jurisdiction-id:1516.gov.la}") String jurisdiction) {
        this.services = services;
        this.intake = intake;
        this.requests = requests;
        this.throttle = throttle;
        this.json = json;
        this.jurisdiction = jurisdiction;
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format, @RequestParam Map<String, String> query) {
        Open311Format answer = format(format, query);
        return ok(answer, "services", services.list(Language.of(query.get("locale"))));
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(
            @PathVariable String code, @PathVariable String format, @RequestParam Map<String, String> query) {
        Open311Format answer = format(format, query);
        return ok(
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
        Open311Format answer = format(format, form.toSingleValueMap());
        throttle.submission(request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .contentType(answer.mediaType())
                .body(answer.write(json, "service_requests", List.of(intake.file(form))));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> list(
            @PathVariable String format, @RequestParam Map<String, String> query, HttpServletRequest request) {
        Open311Format answer = format(format, query);
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
        return ok(answer, "service_requests", requests.list(wanted, Language.of(query.get("locale"))));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> request(
            @PathVariable String id,
            @PathVariable String format,
            @RequestParam Map<String, String> query,
            HttpServletRequest request) {
        Open311Format answer = format(format, query);
        throttle.lookup(request);
        Open311Requests.Request found = requests.find(id, Language.of(query.get("locale")))
                .orElseThrow(() -> Open311Exception.notFound("service_request_id " + id + " is not a request here."));
        return ok(answer, "service_requests", List.of(found));
    }

    /**
     * Every refusal in the protocol's error list, in the format the path asked for: the client's
     * mistakes with their 4xx, a complaint the hotline's model refuses (too short, an unknown
     * province) as 400, someone else changing the same thing as 409.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> refused(Exception failure, HttpServletRequest request) {
        Open311Format answer = Open311Format.ofPath(request.getRequestURI());
        HttpStatus status;
        String description;
        long retryAfter = 0;
        if (failure instanceof Open311Exception refusal) {
            status = refusal.status();
            description = refusal.getMessage();
            retryAfter = refusal.retryAfterSeconds();
        } else if (InvalidVariableException.findIn(failure).isPresent()) {
            status = HttpStatus.BAD_REQUEST;
            description = InvalidVariableException.findIn(failure).orElseThrow().getMessage();
        } else if (failure instanceof ErrorResponse known
                && known.getStatusCode().is4xxClientError()) {
            status = HttpStatus.valueOf(known.getStatusCode().value());
            description = known.getBody().getDetail() == null
                    ? status.getReasonPhrase()
                    : known.getBody().getDetail();
        } else if (Conflicts.find(failure).isPresent()) {
            status = HttpStatus.CONFLICT;
            description = Conflicts.find(failure).orElseThrow().message();
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Unexpected failure in Open311, reference {}", reference, failure);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            description = "Something went wrong on our side. Please quote reference " + reference + ".";
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).contentType(answer.mediaType());
        if (retryAfter > 0) {
            builder.header("Retry-After", Long.toString(retryAfter));
        }
        return builder.body(answer.write(json, "errors", List.of(new Error(status.value(), description))));
    }

    /** The format asked for, once the request is for this engine's jurisdiction (or names none). */
    private Open311Format format(String extension, Map<String, String> query) {
        Open311Format format = Open311Format.named(extension);
        String asked = query.get("jurisdiction_id");
        if (asked != null && !asked.isBlank() && !asked.strip().equals(jurisdiction)) {
            throw Open311Exception.notFound(
                    "jurisdiction_id " + asked + " is not served here; this is " + jurisdiction + ".");
        }
        return format;
    }

    private ResponseEntity<String> ok(Open311Format format, String root, Object body) {
        return ResponseEntity.ok().contentType(format.mediaType()).body(format.write(json, root, body));
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
