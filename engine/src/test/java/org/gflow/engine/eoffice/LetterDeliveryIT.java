package org.gflow.engine.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;
import static org.gflow.engine.CamundaJson.variables;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.gflow.engine.Api;
import org.gflow.engine.CamundaJson;
import org.gflow.engine.EngineIT;
import org.gflow.engine.StartBody;
import org.junit.jupiter.api.Test;

/**
 * A signed letter reaching other ministries through the REST doors: each recipient ministry's
 * registry office finds the incoming letter in its inbox and acknowledges it; a recipient
 * nobody can receive becomes a task for the sender's registry office, which corrects it.
 */
class LetterDeliveryIT extends EngineIT {

    private static final String DRAFTER = "sengdao.moic";

    @Test
    void aLetterToTwoMinistriesIsAcknowledgedByBothRegistryOffices() {
        String caseId = signedLetter(CamundaJson.list("mtc", "mof"));
        eventually(
                "the drafter's bell says the letter is signed",
                () -> StreamSupport.stream(
                                Api.as(baseUrl(), DRAFTER)
                                        .get("/api/inbox/bell?size=50")
                                        .json()
                                        .path("items")
                                        .spliterator(),
                                false)
                        .anyMatch(notice -> notice.path("kind").asText().equals("letter.signed")
                                && notice.path("caseId").asText().equals(caseId)
                                && notice.path("title").asText().contains("ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ")));

        acknowledge(caseId, "soudala.mtc");
        acknowledge(caseId, "khamsing.mof");

        eventually("the letter is delivered", () -> caseEnded(caseId));
    }

    @Test
    void aRegistryAcknowledgesSeveralIncomingLettersAtOnceAndOnlyWhereTheModelAllowsIt() {
        List<String> caseIds = List.of(
                signedLetter(CamundaJson.list("mtc")),
                signedLetter(CamundaJson.list("mtc")),
                signedLetter(CamundaJson.list("mtc")));
        Api registry = Api.as(baseUrl(), "soudala.mtc");
        List<String> taskIds = caseIds.stream()
                .map(caseId -> onlyTask(registry, caseId, "acknowledgeIncoming"))
                .toList();
        assertThat(registry.get("/api/inbox/tasks/bulk-completable").json().toString())
                .contains("{\"processKey\":\"document-approval\",\"taskKey\":\"acknowledgeIncoming\"}");

        // another ministry's registry cannot acknowledge them, and an answer the task does not declare is refused
        assertThat(outcomes(Api.as(baseUrl(), "khamsing.mof"), taskIds, Map.of()))
                .allSatisfy(outcome -> assertThat(outcome).isNotEqualTo("done"));
        assertThat(outcomes(registry, taskIds, Map.of("registryNumber", "MOIC-0000-0001")))
                .containsOnly("refused invalid-field");
        for (String taskId : taskIds) {
            assertThat(registry.get("/engine-rest/task/" + taskId)
                            .json()
                            .path("assignee")
                            .isNull())
                    .as("a refused completion leaves the task unclaimed")
                    .isTrue();
        }

        assertThat(outcomes(registry, taskIds, Map.of())).containsOnly("done");
        for (String caseId : caseIds) {
            eventually("the letter is delivered", () -> caseEnded(caseId));
            assertThat(Api.as(baseUrl(), "admin")
                            .get("/engine-rest/history/task?processInstanceId=" + caseId
                                    + "&taskDefinitionKey=acknowledgeIncoming")
                            .json()
                            .get(0)
                            .path("assignee")
                            .asText())
                    .as("the history says who acknowledged it")
                    .isEqualTo("soudala.mtc");
        }

        // the drafter's own task is no bulk work: its model does not allow it
        String drafting = Api.as(baseUrl(), DRAFTER)
                .start(
                        "document-approval",
                        StartBody.letter("moic", "ຮ່າງ", "ຮຽນ ທຸກພະແນກ.", CamundaJson.list("mtc"))
                                .json());
        String writeTask = onlyTask(Api.as(baseUrl(), DRAFTER), drafting, "writeLetter");
        assertThat(outcomes(Api.as(baseUrl(), DRAFTER), List.of(writeTask), Map.of()))
                .containsExactly("refused not-bulk-completable");
    }

    /** Completes the tasks in one bulk action; each task's outcome, and its code when not done. */
    private static List<String> outcomes(Api user, List<String> taskIds, Map<String, Object> answer) {
        Api.Reply reply = user.post(
                "/api/inbox/tasks/bulk", Map.of("action", "complete", "taskIds", taskIds, "variables", answer));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return StreamSupport.stream(reply.json().path("outcomes").spliterator(), false)
                .map(outcome -> outcome.path("outcome").asText()
                        + (outcome.path("code").isTextual()
                                ? " " + outcome.path("code").asText()
                                : ""))
                .toList();
    }

    @Test
    void aRecipientNobodyCanReceiveBecomesATaskForTheSendersRegistryOffice() {
        String caseId = signedLetter(CamundaJson.list("nowhere-office"));

        Api registry = Api.as(baseUrl(), "bounpheng.moic");
        String problem = onlyTask(registry, caseId, "resolveDistribution");
        assertThat(registry.get("/engine-rest/task/" + problem + "/variables/distributionProblem")
                        .json()
                        .path("value")
                        .asText())
                .contains("nowhere-office");
        claim(registry, problem, "bounpheng.moic");
        completeTask(
                registry,
                caseId,
                "resolveDistribution",
                Map.of("variables", Map.of("recipients", CamundaJson.list("mtc"))));

        acknowledge(caseId, "soudala.mtc");
        eventually("the corrected letter is delivered", () -> caseEnded(caseId));
    }

    private String signedLetter(Object recipients) {
        Api drafter = Api.as(baseUrl(), DRAFTER);
        String caseId = drafter.start(
                "document-approval",
                StartBody.letter(
                                "moic",
                                "ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ",
                                "ຮຽນ ທ່ານ ລັດຖະມົນຕີ, ຂໍເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ.",
                                recipients)
                        .with("approvers", CamundaJson.list("manivone.moic"))
                        .businessKey("letter-delivery-" + System.nanoTime())
                        .json());
        completeTask(drafter, caseId, "writeLetter", Map.of("variables", Map.of()));
        completeTask(
                Api.as(baseUrl(), "manivone.moic"), caseId, "signOff", variables("decision", "approve", "comment", ""));
        return caseId;
    }

    /** The registry officer finds the incoming letter among the group's tasks, takes it and acknowledges it. */
    private void acknowledge(String caseId, String officer) {
        Api registry = Api.as(baseUrl(), officer);
        String taskId = onlyTask(registry, caseId, "acknowledgeIncoming");
        assertThat(registry.get("/engine-rest/task/" + taskId + "/variables/registryNumber")
                        .json()
                        .path("value")
                        .asText())
                .matches("MOIC-\\d{4}-\\d{4}");
        claim(registry, taskId, officer);
        Api.Reply done = registry.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of()));
        assertThat(done.status()).as(done.raw().body()).isIn(200, 204);
    }

    private static void claim(Api user, String taskId, String userId) {
        Api.Reply claimed = user.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", userId));
        assertThat(claimed.status()).as(claimed.raw().body()).isIn(200, 204);
    }
}
