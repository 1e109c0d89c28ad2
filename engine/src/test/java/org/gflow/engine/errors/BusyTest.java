package org.gflow.engine.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Every database connection taken for the pool's whole wait is a moment's overload, not a fault:
 * the caller hears "busy, try again" (503 with Retry-After), whether a transaction or a plain
 * query such as the inbox's read path asked for the connection.
 */
class BusyTest {

    private final ApiErrorAdvice advice = new ApiErrorAdvice();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/inbox/tasks");

    @Test
    void noConnectionForAPlainQueryIsBusy() {
        assertBusy(advice.busy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"), request));
    }

    @Test
    void noConnectionForATransactionIsBusy() {
        assertBusy(advice.busy(new CannotCreateTransactionException("Could not open JDBC Connection"), request));
    }

    private static void assertBusy(ResponseEntity<ProblemDetail> answer) {
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody().getProperties()).containsEntry("code", "busy");
    }
}
