package org.gflow.engine.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes G-Flow's error body from servlet filters and security handlers, where no controller advice
 * reaches: a problem detail ({@link Problems}) everywhere, except under {@code /engine-rest}, whose
 * clients read Camunda's own format — there the body stays {@code {error, message}}, the code beside
 * Camunda's {@code message} as in that API's other refusals.
 */
@Component
public class JsonErrors {

    private final ObjectMapper json;

    JsonErrors(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (isEngineRest(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", code);
            body.put("message", message);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(), body);
            return;
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(HttpStatusCode.valueOf(status), code, message));
    }

    private static boolean isEngineRest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/engine-rest") || path.startsWith("/engine-rest/");
    }
}
