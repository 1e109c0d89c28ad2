package org.gflow.engine.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /open311/discovery.json}: where an app finds this engine's GeoReport v2 endpoint, its
 * formats, whom to ask for a key, and a changeset that moves when the services may have changed
 * (the vocabulary ships with the engine, so: when the engine started).
 */
@Hidden
@RestController
class Open311Discovery {

    /** The discovery document. */
    record Discovery(
            String changeset,
            String contact,
            @JsonProperty("key_service") String keyService,
            List<Endpoint> endpoints) {}

    /** The one endpoint served: GeoReport v2, in production. */
    record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {}

    private final String started = Open311Requests.datetime(Instant.now());
    private final Open311Answers answers;
    private final String contact;

    Open311Discovery(
            Open311Answers answers,
            @Value("${gflow.open311.contact:Hotline 1516, Prime Minister's Office}") String contact) {
        this.answers = answers;
        this.contact = contact;
    }

    @GetMapping("/open311/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format, @RequestParam Map<String, String> query) {
        String root = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Endpoint endpoint = new Endpoint(
                "http://wiki.open311.org/GeoReport_v2",
                root + Open311Controller.ROOT,
                started,
                "production",
                List.of(
                        Open311Format.XML.mediaType().toString(),
                        Open311Format.JSON.mediaType().toString()));
        return answers.ok(
                answers.format(format, query),
                "discovery",
                new Discovery(started, contact, "Keys are issued by the hotline's administrators.", List.of(endpoint)));
    }
}
