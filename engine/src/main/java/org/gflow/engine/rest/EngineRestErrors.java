package org.gflow.engine.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.gflow.engine.errors.Conflicts;
import org.gflow.engine.errors.RefusedRequests;
import org.gflow.processes.validation.InvalidVariableException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Bad input to {@code /engine-rest} is the caller's fault and gets a 400 that says what is
 * wrong — never a 500. Camunda answers several of these with a 500: a model whose
 * deployment fails for a bad expression or a message name already in use, and a start whose
 * variables G-Flow's models reject. Someone else being first — the task completed, claimed or
 * locked by another, a concurrent change that retrying did not resolve — is a 409 whose body
 * carries G-Flow's code under {@code error} beside Camunda's {@code type} and {@code message}.
 * Everything else keeps Camunda's own answer.
 */
@Provider
@Priority(1)
public class EngineRestErrors implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ProcessEngineException exception) {
        Response conflict = conflict(exception);
        if (conflict != null) {
            return conflict;
        }
        if (Conflicts.isPoolExhausted(exception)) {
            return busy();
        }
        InvalidVariableException invalid =
                InvalidVariableException.findIn(exception).orElse(null);
        if (invalid != null) {
            return invalidField(invalid);
        }
        if (isDeployment() && !(exception instanceof AuthorizationException)) {
            return badRequest(exception, "invalid-model", details(exception));
        }
        return coded(camunda.toResponse(exception), exception);
    }

    private boolean isDeployment() {
        return uri != null && uri.getPath().matches("/?deployment/create/?");
    }

    private static Map<String, Object> details(ProcessEngineException exception) {
        if (exception instanceof ParseException parse) {
            List<Map<String, Object>> problems = parse.getResorceReports().stream()
                    .flatMap(report -> report.getErrors().stream()
                            .map(problem -> Map.<String, Object>of(
                                    "resource", report.getResourceName(),
                                    "message", problem.getMessage(),
                                    "line", problem.getLine(),
                                    "column", problem.getColumn())))
                    .toList();
            return Map.of("problems", problems);
        }
        return Map.of();
    }

    /** 409 when the failure is a lost race, else null. */
    static Response conflict(Throwable exception) {
        return Conflicts.find(exception)
                .map(conflict -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("type", "Conflict");
                    body.put("error", conflict.code());
                    body.put("message", conflict.message());
                    return Response.status(Response.Status.CONFLICT)
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(body)
                            .build();
                })
                .orElse(null);
    }

    /** A value G-Flow's models refuse: the field and every broken rule, for the page to say in place. */
    private static Response invalidField(InvalidVariableException invalid) {
        List<Map<String, Object>> fields = invalid.problems().stream()
                .map(problem -> {
                    Map<String, Object> rule = new LinkedHashMap<>();
                    rule.put("field", problem.field());
                    rule.put("rule", problem.rule());
                    if (problem.limit() != null) {
                        rule.put("limit", problem.limit());
                    }
                    return rule;
                })
                .toList();
        return badRequest(invalid, "invalid-field", Map.of("field", invalid.field(), "fields", fields));
    }

    private static Response badRequest(Exception exception, String code, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", exception.getClass().getSimpleName());
        body.put("error", code);
        body.put("message", exception.getMessage());
        body.putAll(extra);
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    /**
     * Camunda's REST resources wrap some engine failures — a refused start among them — in a
     * {@link RestException} with status 500; a refused start variable is still the caller's fault.
     * Some (creating a comment or an attachment) turn every engine failure into a 400 about
     * missing parameters; a refusal is still a refusal, answered 403 with its own message.
     */
    @Provider
    @Priority(1)
    public static class Wrapped implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(RestException exception) {
            AuthorizationException denied = refusalIn(exception);
            if (denied != null) {
                return coded(new ProcessEngineExceptionHandler().toResponse(denied), denied);
            }
            Response conflict = conflict(exception);
            if (conflict != null) {
                return conflict;
            }
            if (Conflicts.isPoolExhausted(exception)) {
                return busy();
            }
            if (isMissing(exception.getCause())) {
                return notFound();
            }
            if (exception.getStatus() == Response.Status.BAD_REQUEST
                    && exception.getCause() instanceof IOException unreadable) {
                // an upload that cannot be parsed: the caller's fault, one line in the log
                return refused(request, Response.Status.BAD_REQUEST, unreadable, "The upload could not be read.");
            }
            return InvalidVariableException.findIn(exception)
                    .map(EngineRestErrors::invalidField)
                    .orElseGet(() -> coded(camunda.toResponse(exception), exception));
        }

        private static AuthorizationException refusalIn(Throwable exception) {
            for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof AuthorizationException refused) {
                    return refused;
                }
            }
            return null;
        }
    }

    /**
     * The request itself refused before any resource ran — wrong content type, body too large,
     * text that is not JSON: the caller's 4xx, with one warning line instead of a debug stack trace.
     */
    @Provider
    @Priority(1)
    public static class Refused implements ExceptionMapper<WebApplicationException> {

        private final ExceptionHandler camunda = new ExceptionHandler();

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(WebApplicationException exception) {
            int status = exception.getResponse().getStatus();
            if (status == 400 || status == 413 || status == 415) {
                return refused(request, Response.Status.fromStatusCode(status), exception, exception.getMessage());
            }
            return coded(camunda.toResponse(exception), exception);
        }
    }

    /** Every database connection busy for the pool's whole wait: 503, the client may try again. */
    @Provider
    @Priority(1)
    public static class Busy implements ExceptionMapper<CannotCreateTransactionException> {

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(CannotCreateTransactionException exception) {
            if (request != null) {
                RefusedRequests.warn(request, 503, exception);
            }
            return busy();
        }
    }

    /**
     * Camunda's own answer with G-Flow's stable code added under {@code error}, so the web app can
     * say what happened in its user's language whatever Camunda's {@code type} and English
     * {@code message} say. Camunda's fields stay as they are for API clients.
     */
    static Response coded(Response answer, Throwable cause) {
        if (!(answer.getEntity() instanceof ExceptionDto dto)) {
            return answer;
        }
        Map<String, Object> body = new LinkedHashMap<>(CAMUNDA_FIELDS.convertValue(dto, MAP));
        body.put("error", ErrorCodes.of(answer.getStatus(), cause));
        return Response.fromResponse(answer)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper CAMUNDA_FIELDS =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> MAP =
            new com.fasterxml.jackson.core.type.TypeReference<>() {};

    private static Response busy() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "Busy");
        body.put("error", "busy");
        body.put("message", "The system is busy. Please try again in a moment.");
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", "1")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    /** JSON that cannot be parsed. */
    @Provider
    @Priority(1)
    public static class UnparseableJson implements ExceptionMapper<JsonParseException> {

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(JsonParseException exception) {
            return refused(request, Response.Status.BAD_REQUEST, exception, "The request body is not valid JSON.");
        }
    }

    /** JSON of the wrong shape (an array for an object, text for a number). */
    @Provider
    @Priority(1)
    public static class MismatchedJson implements ExceptionMapper<JsonMappingException> {

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(JsonMappingException exception) {
            return refused(
                    request,
                    Response.Status.BAD_REQUEST,
                    exception,
                    "The request body does not have the expected form.");
        }
    }

    /**
     * Camunda's resources answer an action on a task that does not exist (never did: a lost race
     * is a conflict by now) with 500. The engine says "Cannot find …" with a null-value failure.
     */
    private static boolean isMissing(Throwable cause) {
        return cause instanceof NotFoundException
                || cause instanceof NullValueException
                        && String.valueOf(cause.getMessage()).startsWith("Cannot find");
    }

    private static Response notFound() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "NotFound");
        body.put("error", "not-found");
        body.put("message", "Not found.");
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    private static Response refused(
            HttpServletRequest request, Response.Status status, Throwable reason, String message) {
        if (request != null) {
            RefusedRequests.warn(request, status.getStatusCode(), reason);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", reason.getClass().getSimpleName());
        body.put(
                "error",
                status == Response.Status.BAD_REQUEST
                        ? "bad-request"
                        : status == Response.Status.REQUEST_ENTITY_TOO_LARGE ? "too-large" : "unsupported-media-type");
        body.put("message", message);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }
}
