package org.gflow.engine.open311;

import static org.gflow.engine.security.CurrentUser.REQUEST_ATTRIBUTE;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/open311/keys} (operation ids named, so adding these leaves the description's
 * other generated ids as they were): administrators ({@code gflow-admins}, as for every
 * {@code /api/admin} path) issue a key to an app that files complaints through Open311, list the
 * keys without their secrets, and revoke one.
 */
@RestController
@RequestMapping("/api/admin/open311/keys")
class ApiKeyAdminController {

    /** What an administrator names when issuing a key: the app it is for. */
    record NewKey(String name) {}

    private final ApiKeys keys;

    ApiKeyAdminController(ApiKeys keys) {
        this.keys = keys;
    }

    /** Issues a key; its secret is in this answer and nowhere else. */
    @Operation(operationId = "issueOpen311Key")
    @PostMapping
    ResponseEntity<ApiKeys.Issued> issue(
            @RequestBody NewKey key, @RequestAttribute(REQUEST_ATTRIBUTE) CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(keys.issue(key.name(), user.id()));
    }

    @Operation(operationId = "listOpen311Keys")
    @GetMapping
    List<ApiKeys.Key> list() {
        return keys.list();
    }

    @Operation(operationId = "revokeOpen311Key")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        if (!keys.revoke(id)) {
            throw ProblemException.notFound();
        }
        return ResponseEntity.noContent().build();
    }
}
