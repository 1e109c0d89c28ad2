package org.gflow.engine.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.gflow.engine.tasks.TaskRefusal;
import org.gflow.processes.validation.InvalidVariableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Turns failures in G-Flow's own APIs into problem details ({@link Problems}) with the right status. Nothing
 * here ever returns a stack trace; unexpected failures are logged with an id the caller sees.
 * Someone else being first is a 409 with a {@link ConflictException} code; a body that cannot
 * be read — bad JSON, a broken upload, the wrong content type, too large — is the caller's
 * 4xx and one warning line, never a 500 with a stack trace.
 */
@RestControllerAdvice
public class ApiErrorAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorAdvice.class);

    @ExceptionHandler(AuthenticationServiceException.class)
    ResponseEntity<ProblemDetail> directoryDown(AuthenticationServiceException e) {
        return retryLater("30", Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "directory-unavailable", e.getMessage()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return Problems.answer(HttpStatus.UNAUTHORIZED, "unauthenticated", "Wrong user name or password");
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ProblemDetail> forbidden(AuthorizationException e) {
        // G-Flow's own task rules say why in words meant for the user; Camunda's name internals
        if (e instanceof TaskRefusal refusal) {
            return Problems.answer(HttpStatus.FORBIDDEN, refusal.code(), refusal.getMessage());
        }
        return Problems.answer(HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to do this.");
    }

    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ProblemDetail> engineFailure(ProcessEngineException e) {
        if (Conflicts.find(e).isPresent()) {
            return conflict(e);
        }
        if (Conflicts.isPoolExhausted(e)) {
            return busy();
        }
        return InvalidVariableException.findIn(e)
                .map(invalid -> Problems.answer(Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid-field",
                        invalid.getMessage(),
                        invalid.field(),
                        invalid.problems().stream()
                                .map(problem ->
                                        new Problems.FieldProblem(problem.field(), problem.rule(), problem.limit()))
                                .toList())))
                .orElseGet(() -> unexpected(e));
    }

    @ExceptionHandler({ConflictException.class, TaskAlreadyClaimedException.class, OptimisticLockingException.class})
    ResponseEntity<ProblemDetail> conflict(ProcessEngineException e) {
        Conflicts.Conflict conflict = Conflicts.find(e).orElseThrow();
        return Problems.answer(HttpStatus.CONFLICT, conflict.code(), conflict.message());
    }

    /**
     * Every database connection busy for the pool's whole wait, whether a transaction or a plain
     * query (the inbox's read path) asked for it: the caller may simply try again.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class})
    ResponseEntity<ProblemDetail> busy(RuntimeException e, HttpServletRequest request) {
        RefusedRequests.warn(request, HttpStatus.SERVICE_UNAVAILABLE, e);
        return busy();
    }

    private static ResponseEntity<ProblemDetail> busy() {
        return retryLater(
                "1",
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE, "busy", "The system is busy. Please try again in a moment."));
    }

    private static ResponseEntity<ProblemDetail> retryLater(String seconds, ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .header("Retry-After", seconds)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        RefusedRequests.warn(request, HttpStatus.PAYLOAD_TOO_LARGE, e);
        return Problems.answer(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "The upload is too large.");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenUpload(MultipartException e, HttpServletRequest request) {
        RefusedRequests.warn(request, HttpStatus.BAD_REQUEST, e);
        return Problems.answer(HttpStatus.BAD_REQUEST, "bad-request", "The upload could not be read.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongContentType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        RefusedRequests.warn(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, e);
        return Problems.answer(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "This request must be sent as " + e.getSupportedMediaTypes() + ".");
    }

    /** The client went away before its answer was written (a closed tab, a proxy's health check): nobody to tell. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        LOG.debug("The client left before its answer was written: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse known) {
            // Spring's own answers (404 no such resource, 405 method not allowed, …) keep their status
            return Problems.answer(
                    known.getStatusCode(), "request-error", known.getBody().getTitle());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected failure, reference {}", reference, e);
        return Problems.answer(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Something went wrong on our side. Please quote reference " + reference + " to the help desk.");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        FieldError field = e.getBindingResult().getFieldError();
        String name = field == null ? null : field.getField();
        String message = field == null ? "The request is not valid." : name + ": " + field.getDefaultMessage();
        return Problems.answer(Problems.of(HttpStatus.BAD_REQUEST, "invalid-field", message, name, null));
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        return Problems.answer(e.problem());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return Problems.answer(Problems.of(HttpStatus.BAD_REQUEST, e.code(), e.getMessage(), e.field(), null));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
        RefusedRequests.warn(request, HttpStatus.BAD_REQUEST, e);
        return Problems.answer(HttpStatus.BAD_REQUEST, "bad-request", "The request could not be read.");
    }

    @ExceptionHandler({NotFoundException.class, NullValueException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e) {
        return Problems.notFound();
    }
}
