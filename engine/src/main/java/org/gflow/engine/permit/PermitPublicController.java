package org.gflow.engine.permit;

import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.security.EngineAsPublic;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/permits/{reference}?code=…}: the applicant follows their application,
 * no login. Lookups are throttled per address by the security layer's public throttle.
 */
@RestController
class PermitPublicController {

    private final PermitStatus status;
    private final EngineAsPublic asPublic;

    PermitPublicController(PermitStatus status, EngineAsPublic asPublic) {
        this.status = status;
        this.asPublic = asPublic;
    }

    /** Needs the access code handed over with the reference: a wrong code is the same 404 as an unknown reference. */
    @GetMapping("/api/public/permits/{reference}")
    PermitStatus.View status(@PathVariable("reference") String reference, @RequestParam(required = false) String code) {
        return asPublic.call(() -> status.of(reference, code)).orElseThrow(ProblemException::notFound);
    }
}
