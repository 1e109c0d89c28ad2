package org.gflow.engine.errors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal thrown by a controller whose answer is typed (so G-Flow's API description names the
 * record it returns): {@link ApiErrorAdvice} answers its problem detail as it stands. Refusals are
 * expected, so the exception carries no stack trace.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemDetail problem;

    public ProblemException(ProblemDetail problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    /** G-Flow's one 404 for "no such thing, or not yours to see" ({@link Problems#notFound()}). */
    public static ProblemException notFound() {
        return new ProblemException(Problems.notFound().getBody());
    }

    /** A refusal with its status, code and a sentence for people. */
    public static ProblemException of(HttpStatus status, String code, String detail) {
        return new ProblemException(Problems.of(status, code, detail));
    }

    public ProblemDetail problem() {
        return problem;
    }
}
