package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * Every role of the directory against other organisations' cases, at every read and write
 * endpoint of both REST doors: not one answer may leak a case or change it. One account per
 * role (the directory's groups, first member by id); three cases, each at a step where another
 * organisation's people work on it. Prints the result as a Markdown table (also written to
 * {@code target/authorization-matrix.md}), the one {@code docs/security.md} shows.
 */
class AuthorizationMatrixIT extends EngineIT {

    private static final String BOUNDARY = "gflow-matrix-boundary";
    private static final String ADMINS = "gflow-admins";

    /** A case under test: where it stands, which organisations work on it, and its ids. */
    private record Fixture(
            String title,
            Set<String> organisations,
            String caseId,
            String taskId,
            String searchText,
            String attachmentId) {}

    /** One endpoint: how to call it for a case as a user, and whether its answer would leak. */
    private record Endpoint(String name, boolean write, Caller call) {}

    private interface Caller {
        Api.Reply call(Api user, Fixture fixture, String userId, String groupId);
    }

    @Test
    void noRoleReadsOrChangesAnotherOrganisationsCase() throws IOException {
        SecurityCases cases = new SecurityCases(baseUrl());
        List<Fixture> fixtures = List.of(hotline(cases), permit(cases), letter(cases));
        Map<String, String> accounts = oneAccountPerRole();
        List<Endpoint> endpoints = endpoints();

        List<String> leaks = new ArrayList<>();
        StringBuilder table = new StringBuilder("| role (group) | account |");
        fixtures.forEach(f -> table.append(' ').append(f.title()).append(" |"));
        table.append(" leaks |\n|---|---|")
                .append("---|".repeat(fixtures.size()))
                .append("---|\n");
        for (Map.Entry<String, String> role : accounts.entrySet()) {
            String group = role.getKey();
            String userId = role.getValue();
            Api user = Api.as(baseUrl(), userId);
            int roleLeaks = 0;
            table.append("| `").append(group).append("` | `").append(userId).append("` |");
            for (Fixture fixture : fixtures) {
                if (ADMINS.equals(group)) {
                    table.append(" all (administrator) |");
                    continue;
                }
                if (fixture.organisations().contains(organisationOf(group))) {
                    table.append(" own organisation |");
                    continue;
                }
                int refused = 0;
                for (Endpoint endpoint : endpoints) {
                    Api.Reply reply = endpoint.call().call(user, fixture, userId, group);
                    if (leaks(endpoint, reply)) {
                        leaks.add(userId + " → " + fixture.title() + " → " + endpoint.name() + ": " + reply.status()
                                + " " + abbreviate(reply.raw().body()));
                        roleLeaks++;
                    } else {
                        refused++;
                    }
                }
                table.append(' ')
                        .append(refused)
                        .append('/')
                        .append(endpoints.size())
                        .append(" refused |");
            }
            table.append(' ').append(roleLeaks).append(" |\n");
        }
        table.append("\nEndpoints tried for each cell (")
                .append(endpoints.size())
                .append("): ");
        table.append(String.join(
                        ", ", endpoints.stream().map(e -> "`" + e.name() + "`").toList()))
                .append(".\n");

        System.out.println("\nAuthorization matrix\n\n" + table);
        Path report = Path.of("target", "authorization-matrix.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table, StandardCharsets.UTF_8);
        assertThat(leaks).as("answers that leaked another organisation's case").isEmpty();
    }

    // --- the cases ---------------------------------------------------------------------------

    private Fixture hotline(SecurityCases cases) {
        SecurityCases.Hotline complaint = cases.bokeoComplaintAwaitingVerification();
        return new Fixture(
                "hotline complaint (Bokeo; OPM triaged)",
                Set.of("bokeo", "opm"),
                complaint.caseId(),
                complaint.verifyTask(),
                complaint.trackingNumber(),
                attach("nalinh.bokeo", complaint.verifyTask()));
    }

    private Fixture permit(SecurityCases cases) {
        SecurityCases.Permit licence = cases.moicLicenceInConsultationWithMonre();
        return new Fixture(
                "business licence (MOIC; MONRE consulted)",
                Set.of("moic", "monre"),
                licence.caseId(),
                licence.consultTask(),
                licence.businessKey(),
                attach("souphaphone.monre", licence.consultTask()));
    }

    private Fixture letter(SecurityCases cases) {
        SecurityCases.Letter letter = cases.mtcLetterBeingDrafted();
        return new Fixture(
                "official letter (MTC)",
                Set.of("mtc"),
                letter.caseId(),
                letter.writeTask(),
                letter.businessKey(),
                attach("phet.mtc", letter.writeTask()));
    }

    /** The person working the task attaches a file, so that reading files is tried on a real one. */
    private String attach(String worker, String taskId) {
        Api.Reply attached = Api.as(baseUrl(), worker)
                .postRaw(
                        "/engine-rest/task/" + taskId + "/attachment/create",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        file("attachment-name", "ບົດບັນທຶກ.txt"));
        assertThat(attached.status()).as(attached.raw().body()).isEqualTo(200);
        return attached.text("id");
    }

    // --- the roles -----------------------------------------------------------------------------

    /** Each group of the directory, with its first member by id. */
    private Map<String, String> oneAccountPerRole() {
        Api admin = Api.as(baseUrl(), "admin");
        Map<String, String> accounts = new TreeMap<>();
        for (JsonNode group : admin.get("/engine-rest/group?sortBy=id&sortOrder=asc&maxResults=500")
                .json()) {
            String groupId = group.path("id").asText();
            JsonNode members = admin.get("/engine-rest/user?memberOfGroup=" + groupId + "&sortBy=userId&sortOrder=asc")
                    .json();
            if (!members.isEmpty()) {
                accounts.put(groupId, members.get(0).path("id").asText());
            }
        }
        assertThat(accounts).containsKeys("bokeo-hotline-verifiers", "moic-licence-reviewers", "opm-hotline-triage");
        return accounts;
    }

    private static String organisationOf(String groupId) {
        int dash = groupId.indexOf('-');
        return dash < 0 ? groupId : groupId.substring(0, dash);
    }

    // --- the endpoints -------------------------------------------------------------------------

    private static List<Endpoint> endpoints() {
        Map<String, Function<Fixture, String>> reads = new LinkedHashMap<>();
        reads.put("GET task/{id}", f -> "/engine-rest/task/" + f.taskId());
        reads.put("GET task?processInstanceId", f -> "/engine-rest/task?processInstanceId=" + f.caseId());
        reads.put("GET task/{id}/variables", f -> "/engine-rest/task/" + f.taskId() + "/variables");
        reads.put("GET task/{id}/form-variables", f -> "/engine-rest/task/" + f.taskId() + "/form-variables");
        reads.put("GET task/{id}/identity-links", f -> "/engine-rest/task/" + f.taskId() + "/identity-links");
        reads.put("GET task/{id}/comment", f -> "/engine-rest/task/" + f.taskId() + "/comment");
        reads.put("GET task/{id}/attachment", f -> "/engine-rest/task/" + f.taskId() + "/attachment");
        reads.put(
                "GET task/{id}/attachment/{a}/data",
                f -> "/engine-rest/task/" + f.taskId() + "/attachment/" + f.attachmentId() + "/data");
        reads.put("GET process-instance/{id}", f -> "/engine-rest/process-instance/" + f.caseId());
        reads.put(
                "GET process-instance?processInstanceIds",
                f -> "/engine-rest/process-instance?processInstanceIds=" + f.caseId());
        reads.put(
                "GET process-instance?businessKey", f -> "/engine-rest/process-instance?businessKey=" + f.searchText());
        reads.put(
                "GET process-instance/{id}/variables",
                f -> "/engine-rest/process-instance/" + f.caseId() + "/variables");
        reads.put(
                "GET process-instance/{id}/activity-instances",
                f -> "/engine-rest/process-instance/" + f.caseId() + "/activity-instances");
        reads.put("GET process-instance/{id}/comment", f -> "/engine-rest/process-instance/" + f.caseId() + "/comment");
        reads.put(
                "GET variable-instance?processInstanceIdIn",
                f -> "/engine-rest/variable-instance?processInstanceIdIn=" + f.caseId());
        reads.put("GET execution?processInstanceId", f -> "/engine-rest/execution?processInstanceId=" + f.caseId());
        reads.put("GET history/process-instance/{id}", f -> "/engine-rest/history/process-instance/" + f.caseId());
        reads.put(
                "GET history/process-instance?processInstanceId",
                f -> "/engine-rest/history/process-instance?processInstanceId=" + f.caseId());
        reads.put(
                "GET history/task?processInstanceId", f -> "/engine-rest/history/task?processInstanceId=" + f.caseId());
        reads.put(
                "GET history/variable-instance?processInstanceId",
                f -> "/engine-rest/history/variable-instance?processInstanceId=" + f.caseId());
        reads.put(
                "GET history/activity-instance?processInstanceId",
                f -> "/engine-rest/history/activity-instance?processInstanceId=" + f.caseId());
        reads.put(
                "GET history/detail?processInstanceId",
                f -> "/engine-rest/history/detail?processInstanceId=" + f.caseId());
        reads.put(
                "GET history/identity-link-log?taskId",
                f -> "/engine-rest/history/identity-link-log?taskId=" + f.taskId());
        reads.put(
                "GET history/user-operation?processInstanceId",
                f -> "/engine-rest/history/user-operation?processInstanceId=" + f.caseId());
        reads.put("GET /api/inbox/tasks?q", f -> "/api/inbox/tasks?size=100&q=" + f.searchText());
        reads.put("GET /api/inbox/cases/{id}", f -> "/api/inbox/cases/" + f.caseId());
        reads.put("GET /api/inbox/cases/{id}/timeline", f -> "/api/inbox/cases/" + f.caseId() + "/timeline");
        reads.put("GET /api/inbox/cases/{id}/attachments", f -> "/api/inbox/cases/" + f.caseId() + "/attachments");
        reads.put(
                "GET /api/inbox/cases/{id}/attachments/{a}",
                f -> "/api/inbox/cases/" + f.caseId() + "/attachments/" + f.attachmentId());
        reads.put("GET /api/inbox/tasks/{id}/colleagues", f -> "/api/inbox/tasks/" + f.taskId() + "/colleagues");

        List<Endpoint> endpoints = new ArrayList<>();
        reads.forEach((name, path) ->
                endpoints.add(new Endpoint(name, false, (user, f, userId, group) -> user.download(path.apply(f)))));
        endpoints.addAll(writes());
        return endpoints;
    }

    private static List<Endpoint> writes() {
        String form = "multipart/form-data; boundary=" + BOUNDARY;
        Map<String, Object> modification = Map.of("modifications", Map.of("matrixProbe", Map.of("value", "x")));
        return List.of(
                write("POST task/{id}/claim", (u, f, id, g) -> u.post(task(f, "/claim"), Map.of("userId", id))),
                write("POST task/{id}/unclaim", (u, f, id, g) -> u.post(task(f, "/unclaim"), Map.of())),
                write(
                        "POST task/{id}/complete",
                        (u, f, id, g) -> u.post(task(f, "/complete"), Map.of("variables", Map.of()))),
                write("POST task/{id}/assignee", (u, f, id, g) -> u.post(task(f, "/assignee"), Map.of("userId", id))),
                write("POST task/{id}/delegate", (u, f, id, g) -> u.post(task(f, "/delegate"), Map.of("userId", id))),
                write(
                        "POST task/{id}/identity-links",
                        (u, f, id, g) -> u.post(task(f, "/identity-links"), Map.of("groupId", g, "type", "candidate"))),
                write(
                        "PUT task/{id}",
                        (u, f, id, g) -> u.put(task(f, ""), Map.of("name", "x", "priority", 99, "assignee", id))),
                write(
                        "POST task/{id}/comment/create",
                        (u, f, id, g) -> u.post(task(f, "/comment/create"), Map.of("message", "x"))),
                write(
                        "POST task/{id}/attachment/create",
                        (u, f, id, g) ->
                                u.postRaw(task(f, "/attachment/create"), form, file("attachment-name", "x.txt"))),
                write("POST task/{id}/variables", (u, f, id, g) -> u.post(task(f, "/variables"), modification)),
                write(
                        "PUT task/{id}/variables/{name}",
                        (u, f, id, g) -> u.put(task(f, "/variables/matrixProbe"), Map.of("value", "x"))),
                write(
                        "POST process-instance/{id}/variables",
                        (u, f, id, g) ->
                                u.post("/engine-rest/process-instance/" + f.caseId() + "/variables", modification)),
                write(
                        "PUT process-instance/{id}/suspended",
                        (u, f, id, g) -> u.put(
                                "/engine-rest/process-instance/" + f.caseId() + "/suspended",
                                Map.of("suspended", true))),
                write(
                        "DELETE process-instance/{id}",
                        (u, f, id, g) -> u.delete("/engine-rest/process-instance/" + f.caseId())),
                write(
                        "POST /api/inbox/tasks/{id}/handover",
                        (u, f, id, g) -> u.post("/api/inbox/tasks/" + f.taskId() + "/handover", Map.of("userId", id))),
                write(
                        "POST /api/inbox/cases/{id}/attachments",
                        (u, f, id, g) -> u.postRaw(
                                "/api/inbox/cases/" + f.caseId() + "/attachments",
                                form,
                                SecurityCases.multipart(
                                        BOUNDARY, Map.of("taskId", f.taskId()), "file", "x.txt", "x"))));
    }

    private static Endpoint write(String name, Caller call) {
        return new Endpoint(name, true, call);
    }

    private static String task(Fixture fixture, String suffix) {
        return "/engine-rest/task/" + fixture.taskId() + suffix;
    }

    private static byte[] file(String nameField, String name) {
        return SecurityCases.multipart(
                BOUNDARY,
                Map.of(nameField, name, "attachment-type", "text/plain"),
                "content",
                name,
                "ບົດບັນທຶກຂອງຜູ້ເຮັດວຽກ");
    }

    /** A write leaks when it is accepted; a read when it answers with something of the case. */
    private static boolean leaks(Endpoint endpoint, Api.Reply reply) {
        if (reply.status() / 100 != 2) {
            return false;
        }
        if (endpoint.write()) {
            return true;
        }
        JsonNode body = reply.json();
        if (body.isNull() || body.isArray() && body.isEmpty()) {
            return false;
        }
        return !body.has("items") || !body.path("items").isEmpty();
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 160 ? body : body.substring(0, 160) + "…";
    }
}
