package org.gflow.engine.figures;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/figures/hotline}: the published hotline figures ({@link PublicFigures}).
 * The same for everyone and naming no one, so browsers and proxies may keep them five minutes.
 */
@RestController
class PublicFiguresController {

    private final PublicFigures figures;

    PublicFiguresController(PublicFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/public/figures/hotline")
    @Operation(summary = "How each organisation answers the hotline, over the last twelve months")
    ResponseEntity<PublicFigures.View> hotline() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(figures.view());
    }
}
