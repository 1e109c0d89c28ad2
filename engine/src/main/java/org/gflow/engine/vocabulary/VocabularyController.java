package org.gflow.engine.vocabulary;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/vocabulary}: the codes and their Lao and English names, for any
 * client that shows them (a remote worker, a ministry's own site). Public and the same for
 * everyone, it holds no personal data, so browsers and proxies may keep it for an hour.
 */
@RestController
class VocabularyController {

    /** The path, also exempted from the API's {@code no-store} rule. */
    static final String PATH = "/api/public/vocabulary";

    @GetMapping(PATH)
    ResponseEntity<Vocabulary> vocabulary() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(Vocabulary.standard());
    }
}
