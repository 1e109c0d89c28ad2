package org.gflow.engine.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.gflow.engine.errors.Conflicts;
import org.gflow.processes.validation.InvalidVariableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every Open311 refusal as the protocol's error list, in the format the path asked for: the
 * client's mistakes with their 4xx, a complaint the hotline's model refuses (too short, an
 * unknown province) as 400, someone else changing the same thing as 409. Ahead of G-Flow's own
 * problem details, for the Open311 controllers only.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {Open311Controller.class, Open311Discovery.class})
class Open311Errors {

    /** One refusal of the protocol's error list. */
    record Error(
            @JsonProperty("code") int code,
            @JsonProperty("description") String description) {}

    private static final Logger LOG = LoggerFactory.getLogger(Open311Errors.class);

    private final Open311Answers answers;

    Open311Errors(Open311Answers answers) {
        this.answers = answers;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> refused(Exception failure, HttpServletRequest request) {
        Open311Format format = Open311Format.ofPath(request.getRequestURI());
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
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).contentType(format.mediaType());
        if (retryAfter > 0) {
            builder.header("Retry-After", Long.toString(retryAfter));
        }
        return builder.body(answers.write(format, "errors", List.of(new Error(status.value(), description))));
    }
}
