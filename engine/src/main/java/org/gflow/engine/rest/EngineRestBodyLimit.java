package org.gflow.engine.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gflow.engine.errors.RefusedRequests;
import org.gflow.engine.security.JsonErrors;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request to {@code /engine-rest} whose announced body is over the upload limit with
 * 413, before anything reads it: Camunda's REST API would read a deployment of any size into
 * memory. The limit is G-Flow's one upload limit, {@code spring.servlet.multipart.max-request-size}.
 */
final class EngineRestBodyLimit extends OncePerRequestFilter {

    private final DataSize limit;
    private final JsonErrors errors;

    EngineRestBodyLimit(DataSize limit, JsonErrors errors) {
        this.limit = limit;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            RefusedRequests.warn(request, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                new IOException(request.getContentLengthLong() + " bytes announced, at most " + limit.toMegabytes() + " MB taken"));
            errors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too-large",
                "The request is larger than " + limit.toMegabytes() + " MB.");
            return;
        }
        chain.doFilter(request, response);
    }
}
