package org.gflow.engine.open311;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every Open311 answer goes through: the format the path's ending asks for, the check that
 * the request is for this engine's one jurisdiction ({@code gflow.open311.jurisdiction-id}; a
 * request naming none is for it), and the body written in that format.
 */
@Component
class Open311Answers {

    private final ObjectMapper json;
    private final String jurisdiction;

    Open311Answers(ObjectMapper json, @Value("${gflow.open311.jurisdiction-id:1516.gov.la}") String jurisdiction) {
        this.json = json;
        this.jurisdiction = jurisdiction;
    }

    /** The format asked for, once the request is for this engine's jurisdiction. */
    Open311Format format(String extension, Map<String, String> query) {
        Open311Format format = Open311Format.named(extension);
        String asked = query.get("jurisdiction_id");
        if (asked != null && !asked.isBlank() && !asked.strip().equals(jurisdiction)) {
            throw Open311Exception.notFound(
                    "jurisdiction_id " + asked + " is not served here; this is " + jurisdiction + ".");
        }
        return format;
    }

    ResponseEntity<String> ok(Open311Format format, String root, Object body) {
        return ResponseEntity.ok().contentType(format.mediaType()).body(write(format, root, body));
    }

    String write(Open311Format format, String root, Object body) {
        return format.write(json, root, body);
    }
}
