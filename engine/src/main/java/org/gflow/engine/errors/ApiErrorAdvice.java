package org.gflow.engine.errors;

import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.gflow.engine.tasks.TaskRefusal;
import org.gflow.processes.validation.InvalidVariableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns failures in G-Flow's own APIs into {@link ApiError}s with the right status. Nothing
 * here ever returns a stack trace; unexpected failures are logged with an id the caller sees.
 * Someone else being first is a 409 with a {@link ConflictException} code; a body that cannot
 * be read — bad JSON, a broken upload, the wrong content type, too large — is the caller's
 * 4xx and one warning line, never a 500 with a stack trace.
 */
@RestControllerAdvice
public class ApiErrorAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorAdvice.class);

    @ExceptionHandler(AuthenticationServiceException.class)
    ResponseEntity<ApiError> directoryDown(AuthenticationServiceException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
            .body(ApiError.of("directory-unavailable", e.getMessage()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ApiError> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
            .body(ApiError.of("unauthenticated", "Wrong user name or password"));
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiError> forbidden(AuthorizationException e) {
        // G-Flow's own task rules say why in words meant for the user; Camunda's name internals
        if (e instanceof TaskRefusal refusal) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(refusal.code(), refusal.getMessage()));
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of("forbidden", "You are not allowed to do this."));
    }

    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ApiError> engineFailure(ProcessEngineException e) {
        if (Conflicts.find(e).isPresent()) {
            return conflict(e);
        }
        if (Conflicts.isPoolExhausted(e)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .body(ApiError.of("busy", "The system is busy. Please try again in a moment."));
        }
        return InvalidVariableException.findIn(e)
            .map(invalid -> ResponseEntity.badRequest().body(new ApiError("invalid-field", invalid.getMessage(),
                invalid.field(), invalid.problems().stream()
                    .map(problem -> new ApiError.FieldError(problem.field(), problem.rule(), problem.limit())).toList())))
            .orElseGet(() -> unexpected(e));
    }

    @ExceptionHandler({ConflictException.class, TaskAlreadyClaimedException.class, OptimisticLockingException.class})
    ResponseEntity<ApiError> conflict(ProcessEngineException e) {
        Conflicts.Conflict conflict = Conflicts.find(e).orElseThrow();
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(conflict.code(), conflict.message()));
    }

    /** Every database connection busy for the pool's whole wait: the caller may simply try again. */
    @ExceptionHandler(CannotCreateTransactionException.class)
    ResponseEntity<ApiError> busy(CannotCreateTransactionException e, HttpServletRequest request) {
        RefusedRequests.warn(request, HttpStatus.SERVICE_UNAVAILABLE, e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
            .body(ApiError.of("busy", "The system is busy. Please try again in a moment."));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        RefusedRequests.warn(request, HttpStatus.PAYLOAD_TOO_LARGE, e);
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiError.of("too-large", "The upload is too large."));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> brokenUpload(MultipartException e, HttpServletRequest request) {
        RefusedRequests.warn(request, HttpStatus.BAD_REQUEST, e);
        return ResponseEntity.badRequest().body(ApiError.of("bad-request", "The upload could not be read."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> wrongContentType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        RefusedRequests.warn(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, e);
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of("unsupported-media-type",
            "This request must be sent as " + e.getSupportedMediaTypes() + "."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse known) {
            // Spring's own answers (404 no such resource, 405 method not allowed, …) keep their status
            return ResponseEntity.status(known.getStatusCode())
                .body(ApiError.of("request-error", known.getBody().getTitle()));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected failure, reference {}", reference, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of("internal-error",
            "Something went wrong on our side. Please quote reference " + reference + " to the help desk."));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        FieldError field = e.getBindingResult().getFieldError();
        String name = field == null ? null : field.getField();
        String message = field == null ? "The request is not valid." : name + ": " + field.getDefaultMessage();
        return ResponseEntity.badRequest().body(new ApiError("invalid-field", message, name));
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return ResponseEntity.badRequest().body(new ApiError(e.code(), e.getMessage(), e.field()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> unreadable(Exception e, HttpServletRequest request) {
        RefusedRequests.warn(request, HttpStatus.BAD_REQUEST, e);
        return ResponseEntity.badRequest().body(ApiError.of("bad-request", "The request could not be read."));
    }

    @ExceptionHandler({NotFoundException.class, NullValueException.class})
    ResponseEntity<ApiError> notFound(Exception e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("not-found", "Not found."));
    }
}
