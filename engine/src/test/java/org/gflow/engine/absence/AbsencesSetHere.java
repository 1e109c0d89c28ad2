package org.gflow.engine.absence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gflow.engine.Api;

/** The absences a test sets through {@code /api/absences}, cancelled after it with the engine's clock put back. */
final class AbsencesSetHere {

    private final List<String> ids = new ArrayList<>();

    /** Sets an absence as this user ({@code person} null: their own); the reply as the engine gave it. */
    Api.Reply set(Api as, String person, String delegate, LocalDate from, LocalDate until) {
        Map<String, Object> body = new HashMap<>();
        if (person != null) {
            body.put("person", person);
        }
        body.put("delegate", delegate);
        body.put("from", from.toString());
        body.put("until", until.toString());
        Api.Reply reply = as.post("/api/absences", body);
        if (reply.status() == 201) {
            ids.add(reply.text("id"));
        }
        return reply;
    }

    /** Cancels them all, as an administrator, and puts the engine's clock back. */
    void cancel(String baseUrl) {
        ClockUtil.reset();
        Api admin = Api.as(baseUrl, "admin");
        ids.forEach(id -> admin.delete("/api/absences/" + id));
        ids.clear();
    }
}
