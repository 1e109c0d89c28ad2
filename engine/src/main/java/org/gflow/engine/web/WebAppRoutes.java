package org.gflow.engine.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app routes in the browser ({@code /tasks/…}, {@code /track}, {@code /verify/{code}}),
 * so a reload or a link from a QR code must get the app's {@code index.html}. Only the app's
 * own routes are listed: {@code /api}, {@code /engine-rest}, {@code /camunda} and
 * {@code /actuator} keep answering for themselves, and an unknown path stays a 404.
 */
@Controller
class WebAppRoutes {

    @GetMapping({
        "/login",
        "/tasks",
        "/tasks/{taskId}",
        "/start",
        "/start/{processKey}",
        "/receipt/{processInstanceId}",
        "/cases",
        "/cases/{caseId}",
        "/cases/{caseId}/print",
        "/failed-messages",
        "/absence",
        "/admin/holidays",
        "/admin/plugins",
        "/admin/deployments",
        "/complaint",
        "/track",
        "/track/{trackingNumber}",
        "/answers",
        "/verify",
        "/verify/{code}",
        "/figures",
        "/figures/hotline"
    })
    String app() {
        return "forward:/index.html";
    }
}
