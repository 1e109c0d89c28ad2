package org.gflow.engine.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.gflow.engine.security.ClientAddress;
import org.gflow.engine.security.SecuritySettings;
import org.gflow.engine.security.Throttle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The public form's limits, applied to Open311 per client address: filing as
 * {@code gflow.hotline.public-submissions-per-hour}, reading requests as
 * {@code gflow.security.public-lookups-per-address}. Over a limit the answer is 429 in the
 * protocol's error list, with {@code Retry-After}.
 */
@Component
class Open311Throttle {

    private final Throttle lookups;
    private final Throttle submissions;
    private final ClientAddress clientAddress;

    Open311Throttle(
            SecuritySettings settings,
            ClientAddress clientAddress,
            @Value("${gflow.hotline.public-submissions-per-hour:20}") int submissionsPerHour) {
        this.lookups = new Throttle(settings.publicLookupsPerAddress());
        this.submissions = new Throttle(List.of(new Throttle.Limit(submissionsPerHour, Duration.ofHours(1))));
        this.clientAddress = clientAddress;
    }

    void submission(HttpServletRequest request) {
        take(submissions, request, "Too many complaints from this address; please try again later.");
    }

    void lookup(HttpServletRequest request) {
        take(lookups, request, "Too many lookups from this address; please try again later.");
    }

    private void take(Throttle throttle, HttpServletRequest request, String message) {
        throttle.take(clientAddress.of(request)).ifPresent(wait -> {
            throw new Open311Exception(HttpStatus.TOO_MANY_REQUESTS, message, Math.max(1, wait.toSeconds()));
        });
    }
}
