package org.gflow.engine.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The body of every error G-Flow's own APIs return, a problem detail ({@code application/problem+json}):
 * a {@code type} that names the error for good ({@code urn:gflow:problem:<code>}), the HTTP status and
 * its title, a sentence for people in {@code detail}, and as properties the stable {@code code} the web
 * app translates, the {@code field} it concerns when there is one (so a form can show it in place) and,
 * when several fields are wrong at once, {@code fields} with the rule each breaks.
 */
public final class Problems {

    /** Every G-Flow problem type is this followed by its code. */
    public static final String TYPE_PREFIX = "urn:gflow:problem:";
    /** The property holding the stable code. */
    public static final String CODE = "code";
    /** The property naming the one field at fault. */
    public static final String FIELD = "field";
    /** The property listing every field at fault with its rule. */
    public static final String FIELDS = "fields";

    /** One wrong field: its name, the rule ({@code required}, {@code min}, ...) and the rule's limit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldProblem(String field, String rule, String limit) {}

    private Problems() {}

    /** A problem with its code and a sentence for people. */
    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setProperty(CODE, code);
        return problem;
    }

    /** A problem about one field (null when none), and every wrong field when there are several (null when not). */
    public static ProblemDetail of(
            HttpStatusCode status, String code, String detail, String field, List<FieldProblem> fields) {
        ProblemDetail problem = of(status, code, detail);
        if (field != null) {
            problem.setProperty(FIELD, field);
        }
        if (fields != null) {
            problem.setProperty(FIELDS, fields);
        }
        return problem;
    }

    /** The answer carrying a problem, always as {@code application/problem+json}, whatever the client accepts. */
    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** {@link #answer(ProblemDetail)} of {@link #of(HttpStatusCode, String, String)}. */
    public static ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String code, String detail) {
        return answer(of(status, code, detail));
    }

    /** A 404 with G-Flow's one wording for "no such thing, or not yours to see". */
    public static ResponseEntity<ProblemDetail> notFound() {
        return answer(HttpStatusCode.valueOf(404), "not-found", "Not found.");
    }
}
