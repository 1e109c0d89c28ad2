package org.gflow.engine.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.CamundaJson.variables;

import java.nio.charset.StandardCharsets;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the REST API is answered with a 400 that says what is wrong — never a 500 —
 * and leaves nothing behind: no half-started case, no half-deployed model.
 */
class BadInputIT extends EngineIT {

    private static final String BOUNDARY = "gflow-test-boundary";

    @Test
    void aStartWithAMissingFieldNamesItAndStartsNothing() {
        Api operator = Api.as(baseUrl(), "phonsavanh.opm");
        long before = countHotlineCases();

        Api.Reply missing = operator.post(
                "/engine-rest/process-definition/key/hotline-1516/start",
                variables("channel", "phone", "category", "public-service", "province", "bokeo"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("field")).isEqualTo("complaintText");
        assertThat(missing.text("message")).contains("complaintText");

        Api.Reply malformed = operator.post(
                "/engine-rest/process-definition/key/hotline-1516/start",
                variables(
                        "channel",
                        "fax",
                        "complaintText",
                        "ຄຳຮ້ອງທຸກທີ່ຍາວພໍສົມຄວນ",
                        "category",
                        "public-service",
                        "province",
                        "bokeo"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("field")).isEqualTo("channel");

        Api.Reply wrongType = operator.post(
                "/engine-rest/process-definition/key/hotline-1516/start",
                "{\"variables\": {\"complaintText\": {\"value\": \"abc\", \"type\": \"Integer\"}}}");
        assertThat(wrongType.status()).isEqualTo(400);

        assertThat(countHotlineCases()).isEqualTo(before);
    }

    @Test
    void aLetterCannotBeStartedInAColleaguesName() {
        Api.Reply forged = Api.as(baseUrl(), "sengdao.moic")
                .post(
                        "/engine-rest/process-definition/key/document-approval/start",
                        variables("drafter", "manivone.moic", "ministry", "moic", "subject", "ໜັງສືໃນນາມຜູ້ອື່ນ"));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.text("field")).isEqualTo("drafter");

        Api.Reply own = Api.as(baseUrl(), "sengdao.moic")
                .post(
                        "/engine-rest/process-definition/key/document-approval/start",
                        variables("ministry", "moic", "subject", "ໜັງສືຂອງຂ້ອຍເອງ"));
        assertThat(own.status()).as(own.raw().body()).isEqualTo(200);
    }

    @Test
    void malformedXmlIsABadRequestWithItsParseErrors() {
        Api.Reply reply = deploy(
                "broken.bpmn",
                "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("message")).isNotBlank();
    }

    @Test
    void anExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"t\">"
                + "<process id=\"xxe\" isExecutable=\"true\"><documentation>&x;</documentation>"
                + "<startEvent id=\"s\"/></process></definitions>";
        Api.Reply reply = deploy("xxe.bpmn", xxe);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw().body()).doesNotContain("root:");
    }

    @Test
    void aBadExpressionIsABadRequest() {
        Api.Reply reply = deploy(
                "bad-expression.bpmn",
                process(
                        "bad-expression",
                        "<sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"e\"><conditionExpression>${a +* }</conditionExpression></sequenceFlow>"));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(400);
    }

    @Test
    void aMessageNameAlreadyInUseIsABadRequest() {
        String first = messageStart("message-owner", "GFlowTestCollision");
        assertThat(deploy("owner.bpmn", first).status()).isEqualTo(200);
        Api.Reply reply = deploy("intruder.bpmn", messageStart("message-intruder", "GFlowTestCollision"));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(400);
        assertThat(reply.text("message")).contains("GFlowTestCollision");
    }

    @Test
    void onlyAdministratorsMayDeploy() {
        Api.Reply reply = deployAs("phonsavanh.opm", "harmless.bpmn", process("harmless", ""));
        assertThat(reply.status()).isEqualTo(403);
    }

    private long countHotlineCases() {
        return Api.as(baseUrl(), "admin")
                .get("/engine-rest/history/process-instance/count?processDefinitionKey=hotline-1516")
                .json()
                .path("count")
                .asLong();
    }

    private Api.Reply deploy(String fileName, String xml) {
        return deployAs("admin", fileName, xml);
    }

    private Api.Reply deployAs(String user, String fileName, String xml) {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ntest-"
                + fileName
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/xml\r\n\r\n" + xml + "\r\n--" + BOUNDARY + "--\r\n";
        return Api.as(baseUrl(), user)
                .postRaw(
                        "/engine-rest/deployment/create",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        body.getBytes(StandardCharsets.UTF_8));
    }

    private static String process(String id, String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "targetNamespace=\"t\"><process id=\"" + id + "\" isExecutable=\"true\"><startEvent id=\"s\"/>"
                + "<endEvent id=\"e\"/>" + extra + "</process></definitions>";
    }

    private static String messageStart(String id, String messageName) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "targetNamespace=\"t\"><message id=\"m\" name=\"" + messageName + "\"/><process id=\"" + id
                + "\" isExecutable=\"true\"><startEvent id=\"s\"><messageEventDefinition messageRef=\"m\"/></startEvent>"
                + "<sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"e\"/><endEvent id=\"e\"/></process></definitions>";
    }
}
