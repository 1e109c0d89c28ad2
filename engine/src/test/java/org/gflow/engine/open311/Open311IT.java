package org.gflow.engine.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;
import static org.gflow.engine.CamundaJson.variables;
import static org.gflow.engine.open311.Open311Client.onlyError;
import static org.gflow.engine.open311.Open311Client.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An app drives the hotline through Open311 GeoReport v2 as any client of the protocol would, in
 * JSON and XML: it reads the services and a definition, files a complaint with its key — a hotline
 * case the verifiers find in their inbox — and follows it to its published answer and its close,
 * without ever reading the complainant's name, phone or words. Refusals come as the protocol's
 * error list with their status. Keys are issued, listed and revoked by administrators only.
 */
class Open311IT extends EngineIT {

    private static final String TRIAGE = "vilayvanh.opm";
    private static final String BOKEO_VERIFIER = "nalinh.bokeo";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAppFilesAComplaintAndFollowsItToItsAnswerAndClose() {
        Open311Client app = new Open311Client(baseUrl());
        String appName = "ແອັບເມືອງ " + UUID.randomUUID();
        String key = issueKey(appName);

        JsonNode services = app.json("services.json").json();
        assertThat(services.findValuesAsText("service_code")).contains("public-service", "transport", "other");
        JsonNode publicService = find(services, "service_code", "public-service");
        assertThat(publicService.path("type").asText()).isEqualTo("realtime");
        assertThat(publicService.path("metadata").asBoolean()).isTrue();
        assertThat(publicService.path("service_name").asText()).isNotBlank();
        Open311Client.Xml servicesXml = app.xml("services.xml?locale=en");
        assertThat(servicesXml.root()).isEqualTo("services");
        assertThat(servicesXml.items("service"))
                .extracting(service -> service.get("service_code"))
                .contains("public-service", "transport");
        assertThat(servicesXml.items("service"))
                .filteredOn(service -> service.get("service_code").equals("transport"))
                .extracting(service -> service.get("type"))
                .containsExactly("realtime");

        JsonNode definition = app.json("services/public-service.json").json();
        assertThat(definition.path("service_code").asText()).isEqualTo("public-service");
        JsonNode province = find(definition.path("attributes"), "code", "province");
        assertThat(province.path("required").asBoolean()).isTrue();
        assertThat(province.path("datatype").asText()).isEqualTo("singlevaluelist");
        assertThat(province.path("values").findValuesAsText("key")).contains("bokeo", "vientiane");
        Open311Client.Xml definitionXml = app.xml("services/public-service.xml");
        assertThat(definitionXml.root()).isEqualTo("service_definition");
        assertThat(definitionXml.texts("code")).contains("province", "language");
        assertThat(definitionXml.texts("key")).contains("bokeo");

        // a valid Lao mobile number (020 5…), which the published texts' redaction recognises
        String phone = "0205" + (1_000_000 + (int) (Math.random() * 8_999_999));
        String name = "ສົມໃຈ" + UUID.randomUUID().toString().substring(0, 6);
        String words = "ໄຟທາງໜ້າໂຮງຮຽນ ດັບມາສາມອາທິດ " + UUID.randomUUID();
        Api.Reply filed = app.post("requests.json", request(key, words, phone, name));
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        String number = filed.json().get(0).path("service_request_id").asText();
        assertThat(number).startsWith("1516-");
        String code = filed.json().get(0).path("access_code").asText();
        assertThat(filed.json().get(0).path("service_notice").asText()).contains(number, code);

        String caseId = caseIdOf(number);
        assertThat(caseVariable(caseId, "filedByApp").asText()).isEqualTo(appName);
        assertThat(caseVariable(caseId, "citizenPhone").asText()).isEqualTo(phone);
        assertThat(caseVariable(caseId, "complaintText").asText())
                .startsWith(words)
                .contains("ບ້ານຫ້ວຍຊາຍ");
        completeTask(Api.as(baseUrl(), TRIAGE), caseId, "triageComplaint", Map.of("variables", Map.of()));
        Api verifier = Api.as(baseUrl(), BOKEO_VERIFIER);
        onlyTask(verifier, caseId, "verifyComplaint");
        assertThat(StreamSupport.stream(
                                verifier.get("/api/inbox/cases/" + caseId + "/timeline")
                                        .json()
                                        .spliterator(),
                                false)
                        .map(entry -> entry.path("text").asText()))
                .as("the office reads which app filed it")
                .anyMatch(text -> text.contains(appName));
        // the citizen follows it on the public track page with the code the app was given
        assertThat(Api.anonymous(baseUrl())
                        .get("/api/public/hotline/complaints/" + number + "?code=" + code)
                        .status())
                .isEqualTo(200);

        JsonNode open = app.json("requests/" + number + ".json").json();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("service_request_id").asText()).isEqualTo(number);
        assertThat(open.get(0).path("status").asText()).isEqualTo("open");
        assertThat(open.get(0).path("service_code").asText()).isEqualTo("public-service");
        assertThat(open.get(0).path("agency_responsible").asText()).isNotBlank();
        assertThat(open.get(0).path("requested_datetime").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
        assertThat(open.get(0).path("updated_datetime").asText()).isNotBlank();
        assertThat(open.get(0).path("lat").asDouble()).isEqualTo(20.2739);
        assertThat(open.get(0).path("long").asDouble()).isEqualTo(100.4137);
        assertThat(open.get(0).has("status_notes")).isFalse();
        Api.Reply listed = app.json("requests.json?service_code=public-service&status=open");
        assertThat(listed.json().findValuesAsText("service_request_id")).contains(number);
        assertThat(app.json("requests.json?status=closed").json().findValuesAsText("service_request_id"))
                .doesNotContain(number);
        Open311Client.Xml listedXml = app.xml("requests.xml?service_request_id=" + number);
        assertThat(listedXml.root()).isEqualTo("service_requests");
        assertThat(listedXml.items("request")).singleElement().satisfies(request -> {
            assertThat(request.get("service_request_id")).isEqualTo(number);
            assertThat(request.get("status")).isEqualTo("open");
        });
        Open311Client.Xml oneXml = app.xml("requests/" + number + ".xml");
        assertThat(oneXml.items("request"))
                .extracting(request -> request.get("status"))
                .containsExactly("open");
        for (String body : List.of(open.toString(), listed.raw().body(), listedXml.body(), oneXml.body())) {
            assertThat(body)
                    .as("no personal data in what anyone may read")
                    .doesNotContain(phone, name, "citizen@example.la", words);
        }

        completeTask(verifier, caseId, "verifyComplaint", variables("complaintTrue", false));
        completeTask(verifier, caseId, "writeExplanation", variables("answerText", "ໄດ້ປ່ຽນຫຼອດໄຟແລ້ວ ໂທ " + phone));
        eventually(
                "the published answer is the request's status notes",
                () -> app.json("requests/" + number + ".json").json().get(0).has("status_notes"));
        JsonNode answered = app.json("requests/" + number + ".json").json().get(0);
        assertThat(answered.path("status_notes").asText())
                .contains("ໄດ້ປ່ຽນຫຼອດໄຟແລ້ວ")
                .doesNotContain(phone);
        assertThat(answered.path("status").asText()).isEqualTo("open");
        assertThat(answered.path("description").asText())
                .as("the summary the hotline publishes with its answer")
                .contains(words);

        Api admin = Api.as(baseUrl(), "admin");
        String windowTimer = "/engine-rest/job?processInstanceId=" + caseId + "&activityId=reopenWindowClosed";
        eventually(
                "the reopen window is running",
                () -> admin.get(windowTimer).json().size() == 1);
        Api.Reply executed = admin.post(
                "/engine-rest/job/"
                        + admin.get(windowTimer).json().get(0).path("id").asText() + "/execute",
                Map.of());
        assertThat(executed.status()).as(executed.raw().body()).isEqualTo(204);
        eventually(
                "the request is closed once its case is",
                () -> app.json("requests/" + number + ".json")
                        .json()
                        .get(0)
                        .path("status")
                        .asText()
                        .equals("closed"));
        assertThat(app.json("requests.json?status=closed").json().findValuesAsText("service_request_id"))
                .contains(number);
        assertThat(app.xml("requests/" + number + ".xml").body()).doesNotContain(phone, name, "citizen@example.la");
    }

    @Test
    void refusalsComeAsTheProtocolsErrorList() {
        Open311Client app = new Open311Client(baseUrl());
        Api.Reply issued = issue("ແອັບທົດລອງ " + UUID.randomUUID());
        String key = issued.text("apiKey");
        String words = "ທາງເປັນຂຸມ ລົດຈັກລົ້ມທຸກມື້ " + UUID.randomUUID();

        Map<String, String> noKey = request(key, words, "02055550000", "ບຸນມີ");
        noKey.remove("api_key");
        onlyError(app.post("requests.json", noKey), 403);
        Map<String, String> wrongKey = request("g311_" + UUID.randomUUID(), words, "02055550000", "ບຸນມີ");
        onlyError(app.post("requests.json", wrongKey), 403);

        Map<String, String> unknownService = request(key, words, "02055550000", "ບຸນມີ");
        unknownService.put("service_code", "weather");
        onlyError(app.post("requests.json", unknownService), 404);
        Map<String, String> noDescription = request(key, words, "02055550000", "ບຸນມີ");
        noDescription.remove("description");
        assertThat(onlyError(app.post("requests.json", noDescription), 400)
                        .path("description")
                        .asText())
                .contains("description");
        Map<String, String> noProvince = request(key, words, "02055550000", "ບຸນມີ");
        noProvince.remove("attribute[province]");
        assertThat(onlyError(app.post("requests.json", noProvince), 400)
                        .path("description")
                        .asText())
                .contains("province");
        Map<String, String> unknownProvince = request(key, words, "02055550000", "ບຸນມີ");
        unknownProvince.put("attribute[province]", "atlantis");
        onlyError(app.post("requests.json", unknownProvince), 400);
        Map<String, String> tooShort = request(key, "ໄຟດັບ", "02055550000", "ບຸນມີ");
        // where the problem is would be added to the text: without it, the text alone is too short
        List.of("lat", "long", "address_string").forEach(tooShort::remove);
        onlyError(app.post("requests.json", tooShort), 400);
        Map<String, String> badLatitude = request(key, words, "02055550000", "ບຸນມີ");
        badLatitude.put("lat", "north");
        onlyError(app.post("requests.json", badLatitude), 400);
        Map<String, String> otherJurisdiction = request(key, words, "02055550000", "ບຸນມີ");
        otherJurisdiction.put("jurisdiction_id", "city.example.org");
        onlyError(app.post("requests.json", otherJurisdiction), 404);

        onlyError(app.json("services.json?jurisdiction_id=city.example.org"), 404);
        assertThat(app.json("services.json?jurisdiction_id=1516.gov.la").status())
                .isEqualTo(200);
        onlyError(app.json("services/weather.json"), 404);
        onlyError(app.json("requests/1516-2026-999999.json"), 404);
        onlyError(app.json("requests.json?status=pending"), 400);
        onlyError(app.json("requests.json?start_date=yesterday"), 400);

        Open311Client.Xml xmlError = Open311Client.Xml.of(Api.anonymous(baseUrl())
                .postRaw(Open311Client.ROOT + "requests.xml", "application/x-www-form-urlencoded", new byte[0]));
        assertThat(xmlError.status()).isEqualTo(403);
        assertThat(xmlError.root()).isEqualTo("errors");
        assertThat(xmlError.items("error")).singleElement().satisfies(error -> {
            assertThat(error.get("code")).isEqualTo("403");
            assertThat(error.get("description")).isNotBlank();
        });
        Open311Client.Xml unknownXml = app.xml("services/weather.xml");
        assertThat(unknownXml.status()).isEqualTo(404);
        assertThat(unknownXml.texts("code")).containsExactly("404");

        String id = issued.text("id");
        Api admin = Api.as(baseUrl(), "admin");
        assertThat(admin.delete("/api/admin/open311/keys/" + id).status()).isEqualTo(204);
        onlyError(app.post("requests.json", request(key, words, "02055550000", "ບຸນມີ")), 403);
        assertThat(admin.delete("/api/admin/open311/keys/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void discoveryPointsAppsToTheEndpointAndItsFormats() {
        Api.Reply discovery = Api.anonymous(baseUrl()).get("/open311/discovery.json");
        assertThat(discovery.status()).as(discovery.raw().body()).isEqualTo(200);
        JsonNode endpoint = discovery.json().path("endpoints").get(0);
        assertThat(endpoint.path("url").asText()).isEqualTo(baseUrl() + "/open311/v2");
        assertThat(endpoint.path("specification").asText()).contains("GeoReport_v2");
        assertThat(endpoint.path("formats").toString()).contains("text/xml", "application/json");
        assertThat(discovery.json().path("changeset").asText()).isNotBlank();
        Open311Client.Xml xml = Open311Client.Xml.of(Api.anonymous(baseUrl()).download("/open311/discovery.xml"));
        assertThat(xml.root()).isEqualTo("discovery");
        assertThat(xml.texts("format")).anyMatch(format -> format.startsWith("text/xml"));
    }

    @Test
    void onlyAdministratorsManageKeysAndTheSecretIsShownOnce() {
        String appName = "ແອັບແຂວງ " + UUID.randomUUID();
        Map<String, String> newKey = Map.of("name", appName);
        assertThat(Api.as(baseUrl(), BOKEO_VERIFIER)
                        .post("/api/admin/open311/keys", newKey)
                        .status())
                .isEqualTo(403);
        assertThat(Api.anonymous(baseUrl()).get("/api/admin/open311/keys").status())
                .isEqualTo(401);
        assertThat(Api.anonymous(baseUrl())
                        .post("/api/admin/open311/keys", newKey)
                        .status())
                .isIn(401, 403);
        assertThat(Api.as(baseUrl(), BOKEO_VERIFIER)
                        .get("/api/admin/open311/keys")
                        .status())
                .isEqualTo(403);
        Api admin = Api.as(baseUrl(), "admin");
        assertThat(admin.post("/api/admin/open311/keys", Map.of("name", " ")).status())
                .isEqualTo(400);

        Api.Reply issued = admin.post("/api/admin/open311/keys", newKey);
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
        String secret = issued.text("apiKey");
        String id = issued.text("id");
        assertThat(secret).hasSizeGreaterThan(30);

        Api.Reply listed = admin.get("/api/admin/open311/keys");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.raw().body()).contains(appName).doesNotContain(secret);
        JsonNode listedKey = find(listed.json(), "id", id);
        assertThat(listedKey.path("name").asText()).isEqualTo(appName);
        assertThat(listedKey.path("createdBy").asText()).isEqualTo("admin");
        assertThat(listedKey.has("revokedAt")).isTrue();
        assertThat(listedKey.path("revokedAt").isNull()).isTrue();
        assertThat(jdbc.queryForList("select * from gflow_open311_key where id = ?", id))
                .singleElement()
                .satisfies(row -> assertThat(row.values())
                        .noneMatch(value -> String.valueOf(value).contains(secret)));

        assertThat(Api.as(baseUrl(), BOKEO_VERIFIER)
                        .delete("/api/admin/open311/keys/" + id)
                        .status())
                .isEqualTo(403);
        assertThat(admin.delete("/api/admin/open311/keys/" + id).status()).isEqualTo(204);
        assertThat(find(admin.get("/api/admin/open311/keys").json(), "id", id)
                        .path("revokedAt")
                        .isNull())
                .isFalse();
    }

    private String issueKey(String appName) {
        return issue(appName).text("apiKey");
    }

    private Api.Reply issue(String appName) {
        Api.Reply issued = Api.as(baseUrl(), "admin").post("/api/admin/open311/keys", Map.of("name", appName));
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
        return issued;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(item -> item.path(field).asText().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + list));
    }
}
