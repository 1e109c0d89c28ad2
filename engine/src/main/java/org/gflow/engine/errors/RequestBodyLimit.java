package org.gflow.engine.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose announced body is over the upload limit with 413, before anything
 * reads it. So a client that waits for the go-ahead ({@code Expect: 100-continue}) gets its
 * answer without sending the body, and Camunda's REST API, which reads a deployment of any size
 * into memory, never sees it. The limit is G-Flow's one upload limit,
 * {@code spring.servlet.multipart.max-request-size}.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    private final DataSize limit;
    private final JsonErrors errors;

    RequestBodyLimit(DataSize limit, JsonErrors errors) {
        this.limit = limit;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            RefusedRequests.warn(
                    request,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    new IOException(request.getContentLengthLong() + " bytes announced, at most " + limit.toMegabytes()
                            + " MB taken"));
            errors.write(
                    request,
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "too-large",
                    "The request is larger than " + limit.toMegabytes() + " MB.");
            return;
        }
        chain.doFilter(request, response);
    }
}
