package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;
import static org.gflow.engine.CamundaJson.variables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.CamundaJson;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * A case speaks for the organisation of whoever starts it. A letter is its drafter's
 * ministry's and is signed off by the drafter's superiors — whatever the client sends: a
 * Ministry of Finance drafter cannot issue a letter of the Prime Minister's Office, nor sign
 * off his own letter, through the start or through his own task. A front office opens only
 * its own ministry's permits, and no case starts with what the engine writes later.
 */
class StartInWhoseNameIT extends EngineIT {

    private static final String DRAFTER = "boualy.mof";
    private static final String START = "/engine-rest/process-definition/key/document-approval/start";

    @Test
    void aLetterOfAnotherMinistryIsRefused() {
        Api.Reply forged = Api.as(baseUrl(), DRAFTER)
                .post(START, letter("ministry", Map.of("value", "opm"), "approvers", CamundaJson.list(DRAFTER)));

        assertThat(forged.status()).as(forged.raw().body()).isEqualTo(400);
        assertThat(forged.text("field")).isEqualTo("ministry");
        assertThat(forged.text("message")).contains("Ministry of Finance (mof)");
    }

    @Test
    void theDraftCannotMoveTheLetterToAnotherMinistry() {
        Api drafter = Api.as(baseUrl(), DRAFTER);
        String caseId = start(drafter, letter());
        String task = onlyTask(drafter, caseId, "writeLetter");

        Api.Reply moved = drafter.post("/engine-rest/task/" + task + "/submit-form", variables("ministry", "opm"));
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(400);
        assertThat(moved.text("field")).isEqualTo("ministry");
        Api.Reply chosen = drafter.post(
                "/engine-rest/task/" + task + "/complete",
                Map.of("variables", Map.of("approvers", CamundaJson.list("thavone.mof"))));
        assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(400);
        assertThat(chosen.text("field")).isEqualTo("approvers");
        assertThat(caseVariable(caseId, "ministry").asText()).isEqualTo("mof");
    }

    @Test
    void anApproverListMayNameOnlyTheDraftersOwnSuperiorsOnce() {
        assertApproversRefused(List.of("thavone.mof", "keo.moic"), "entry 2 'keo.moic'", "not in your organisation");
        assertApproversRefused(List.of("khampheng.mof"), "entry 1 'khampheng.mof'", "does not rank above you");
        assertApproversRefused(List.of("thavone.mof", "thavone.mof"), "entry 2 'thavone.mof'", "more than once");
        assertApproversRefused(List.of(DRAFTER), "entry 1 'boualy.mof'", "is you");
        assertApproversRefused(List.of("nobody.mof"), "entry 1 'nobody.mof'", "not in your organisation");
    }

    @Test
    void aLetterWithTheDraftersOwnChainIsIssuedByTheirMinistry() {
        Api drafter = Api.as(baseUrl(), DRAFTER);
        String caseId = start(drafter, letter("approvers", CamundaJson.list("thavone.mof", "amphone.mof")));

        completeTask(drafter, caseId, "writeLetter", variables("subject", "ແຈ້ງການກ່ຽວກັບງົບປະມານ", "ministry", "mof"));
        for (String approver : List.of("thavone.mof", "amphone.mof")) {
            completeTask(Api.as(baseUrl(), approver), caseId, "signOff", variables("decision", "approve"));
        }

        eventually("the letter is distributed", () -> caseEnded(caseId));
        assertThat(caseVariable(caseId, "ministry").asText()).isEqualTo("mof");
        assertThat(caseVariable(caseId, "registryNumber").asText()).matches("MOF-\\d{4}-\\d{4}");
    }

    @Test
    void aFrontOfficeOpensOnlyItsOwnMinistrysPermits() {
        Api.Reply foreign = Api.as(baseUrl(), "somphone.mtc")
                .post(
                        "/engine-rest/process-definition/key/permit/start",
                        variables(
                                "permitType",
                                "business-licence",
                                "applicantName",
                                "ຮ້ານ ວັນນະ",
                                "businessSize",
                                "small",
                                "investmentAmount",
                                10_000_000));

        assertThat(foreign.status()).as(foreign.raw().body()).isEqualTo(400);
        assertThat(foreign.text("field")).isEqualTo("ministry");
        assertThat(foreign.text("message")).contains("Ministry of Technology and Communications (mtc)");
    }

    @Test
    void aLetterCannotStartWithAForgedSignoffTrail() {
        Api.Reply forged = Api.as(baseUrl(), DRAFTER)
                .post(
                        START,
                        letter(
                                "signoffTrail",
                                Map.of(
                                        "value",
                                        "[{\"approver\":\"amphone.mof\",\"decision\":\"approve\"}]",
                                        "type",
                                        "Object",
                                        "valueInfo",
                                        Map.of(
                                                "objectTypeName",
                                                "java.util.ArrayList",
                                                "serializationDataFormat",
                                                "application/json"))));

        assertThat(forged.status()).as(forged.raw().body()).isEqualTo(400);
        assertThat(forged.text("field")).isEqualTo("signoffTrail");
    }

    private void assertApproversRefused(List<String> approvers, String entry, String problem) {
        Api.Reply refused = Api.as(baseUrl(), DRAFTER)
                .post(START, letter("approvers", CamundaJson.list(approvers.toArray(String[]::new))));
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("approvers");
        assertThat(refused.text("message")).contains(entry).contains(problem);
    }

    private String start(Api drafter, Map<String, Object> body) {
        Api.Reply started = drafter.post(START, body);
        assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
        return started.text("id");
    }

    /** A letter's start body; the ministry is left to the engine unless given. */
    private static Map<String, Object> letter(Object... extra) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("subject", Map.of("value", "ແຈ້ງການກ່ຽວກັບງົບປະມານປີ 2027"));
        variables.put("letterBody", Map.of("value", "ຮຽນ ທຸກກົມ, ກະຊວງການເງິນ ຂໍແຈ້ງກຳນົດສົ່ງແຜນງົບປະມານ."));
        for (int i = 0; i < extra.length; i += 2) {
            variables.put((String) extra[i], extra[i + 1]);
        }
        return Map.of("variables", variables);
    }
}
