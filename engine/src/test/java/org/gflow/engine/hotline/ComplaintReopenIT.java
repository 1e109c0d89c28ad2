package org.gflow.engine.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;
import static org.gflow.engine.CamundaJson.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * A citizen whose complaint was answered rates the answer and, finding it not resolved, reopens
 * it with the code they got when filing: the same case goes back to the same verifiers. Before an
 * answer, with a wrong code, with bad input, or twice at once, the public API refuses clearly.
 */
class ComplaintReopenIT extends EngineIT {

    private static final String TRIAGE = "vilayvanh.opm";
    private static final String BOKEO_VERIFIER = "nalinh.bokeo";

    @Test
    void anAnsweredComplaintIsRatedAndReopenedIntoTheSameCase() {
        Api citizen = Api.anonymous(baseUrl());
        Api.Reply filed = citizen.post(
                "/api/public/hotline/complaints",
                Map.of(
                        "complaintText", "ໄຟທາງບ້ານນາຊາຍ ດັບມາສອງອາທິດແລ້ວ ມືດຫຼາຍ",
                        "category", "public-service",
                        "province", "bokeo"));
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        String number = filed.text("trackingNumber");
        String code = filed.text("trackingCode");
        String caseId = caseIdOf(number);
        String complaint = "/api/public/hotline/complaints/" + number;

        Api.Reply early = citizen.post(complaint + "/reopen", reopen(code, "ຍັງບໍ່ມີໃຜມາເບິ່ງເລີຍ"));
        assertThat(early.status()).as(early.raw().body()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("not-answered-yet");
        assertThat(citizen.post(complaint + "/rating", rating(code, 3)).status())
                .isEqualTo(409);

        completeTask(Api.as(baseUrl(), TRIAGE), caseId, "triageComplaint", Map.of("variables", Map.of()));
        answer(caseId, "ໄດ້ປ່ຽນຫຼອດໄຟແລ້ວ");
        eventually(
                "the answer waits for the citizen",
                () -> citizen.get(complaint + "?code=" + code).json().hasNonNull("reopenableUntil"));

        assertThat(citizen.post(complaint + "/rating", rating("WRONGCOD", 4)).status())
                .isEqualTo(404);
        assertThat(citizen.post(complaint + "/reopen", reopen("WRONGCOD", "ຍັງດັບຢູ່ ທຸກຄືນ"))
                        .status())
                .isEqualTo(404);
        Api.Reply tooMany = citizen.post(complaint + "/rating", rating(code, 6));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text("field")).isEqualTo("stars");
        Api.Reply rated = citizen.post(complaint + "/rating", rating(code, 2));
        assertThat(rated.status()).as(rated.raw().body()).isEqualTo(200);
        assertThat(rated.json().path("rating").asInt()).isEqualTo(2);
        assertThat(caseVariable(caseId, "citizenRating").asInt()).isEqualTo(2);
        JsonNode rating = StreamSupport.stream(
                        Api.as(baseUrl(), BOKEO_VERIFIER)
                                .get("/api/inbox/cases/" + caseId + "/timeline")
                                .json()
                                .spliterator(),
                        false)
                .filter(entry -> entry.path("kind").asText().equals("rating"))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("the responsible office reads the rating in the case's timeline"));
        assertThat(rating.path("decision").asText()).isEqualTo("2/5");
        assertThat(rating.path("text").asText()).isEqualTo("ຕອບຊ້າ");
        Api.Reply tooShort = citizen.post(complaint + "/reopen", reopen(code, "ບໍ່"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.text("field")).isEqualTo("reason");

        Api.Reply reopened = citizen.post(complaint + "/reopen", reopen(code, "ຍັງດັບຢູ່ ທຸກຄືນ ບໍ່ໄດ້ປ່ຽນ"));

        assertThat(reopened.status()).as(reopened.raw().body()).isEqualTo(200);
        assertThat(reopened.text("stage")).isEqualTo("WITH_RESPONSIBLE_BODY");
        assertThat(reopened.json().path("reopenCount").asInt()).isEqualTo(1);
        assertThat(reopened.json().has("reopenableUntil")).isFalse();
        assertThat(reopened.json().path("timeline").findValuesAsText("stage"))
                .containsSubsequence("RECEIVED", "WITH_RESPONSIBLE_BODY", "ANSWERED", "REOPENED");
        Api verifier = Api.as(baseUrl(), BOKEO_VERIFIER);
        onlyTask(verifier, caseId, "verifyComplaint");
        assertThat(caseVariable(caseId, "reopenReason").asText()).isEqualTo("ຍັງດັບຢູ່ ທຸກຄືນ ບໍ່ໄດ້ປ່ຽນ");
        Api.Reply again = citizen.post(complaint + "/reopen", reopen(code, "ຍັງດັບຢູ່ ທຸກຄືນ ບໍ່ໄດ້ປ່ຽນ"));
        assertThat(again.status()).isEqualTo(409);
        // the verifier meets the case back with its history: the answer that went out, then why
        assertThat(saidBySteps(caseId))
                .containsSubsequence(
                        "publishAnswer: ໄດ້ປ່ຽນຫຼອດໄຟແລ້ວ", "citizenReopened: ຍັງດັບຢູ່ ທຸກຄືນ ບໍ່ໄດ້ປ່ຽນ");

        answer(caseId, "ໄດ້ປ່ຽນສາຍໄຟທັງເສັ້ນແລ້ວ");
        eventually(
                "the second answer waits for the citizen",
                () -> citizen.get(complaint + "?code=" + code).json().hasNonNull("reopenableUntil"));
        // each answer stays where it went out
        assertThat(saidBySteps(caseId))
                .containsSubsequence(
                        "publishAnswer: ໄດ້ປ່ຽນຫຼອດໄຟແລ້ວ",
                        "citizenReopened: ຍັງດັບຢູ່ ທຸກຄືນ ບໍ່ໄດ້ປ່ຽນ",
                        "publishAnswer: ໄດ້ປ່ຽນສາຍໄຟທັງເສັ້ນແລ້ວ");
    }

    /** The steps of the case's timeline that say something, as Bokeo's verifier reads them. */
    private List<String> saidBySteps(String caseId) {
        return StreamSupport.stream(
                        Api.as(baseUrl(), BOKEO_VERIFIER)
                                .get("/api/inbox/cases/" + caseId + "/timeline")
                                .json()
                                .spliterator(),
                        false)
                .filter(entry -> entry.hasNonNull("activityId") && entry.hasNonNull("text"))
                .map(entry -> entry.path("activityId").asText() + ": "
                        + entry.path("text").asText())
                .toList();
    }

    @Test
    void twoReopensAtOnceMakeOneReopenAndAClearRefusal() throws Exception {
        Api citizen = Api.anonymous(baseUrl());
        Api.Reply filed = citizen.post(
                "/api/public/hotline/complaints",
                Map.of(
                        "complaintText", "ນ້ຳປະປາບ້ານໂພນສະຫວັນ ບໍ່ໄຫຼມາສາມມື້",
                        "category", "public-service",
                        "province", "bokeo"));
        String number = filed.text("trackingNumber");
        String code = filed.text("trackingCode");
        String caseId = caseIdOf(number);
        completeTask(Api.as(baseUrl(), TRIAGE), caseId, "triageComplaint", Map.of("variables", Map.of()));
        answer(caseId, "ໄດ້ສ້ອມທໍ່ນ້ຳແລ້ວ");
        String complaint = "/api/public/hotline/complaints/" + number;
        eventually(
                "the answer waits for the citizen",
                () -> citizen.get(complaint + "?code=" + code).json().hasNonNull("reopenableUntil"));

        int clients = 6;
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Callable<Integer> reopenOnce = () -> {
                    ready.countDown();
                    go.await();
                    return citizen.post(complaint + "/reopen", reopen(code, "ນ້ຳຍັງບໍ່ໄຫຼ ທຸກເຊົ້າ"))
                            .status();
                };
                answers.add(pool.submit(reopenOnce));
            }
            ready.await();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses)
                    .as("one reopen, the others refused as a conflict")
                    .containsOnly(200, 409);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(caseVariable(caseId, "reopenCount").asInt()).isEqualTo(1);
        onlyTask(Api.as(baseUrl(), BOKEO_VERIFIER), caseId, "verifyComplaint");
    }

    private void answer(String caseId, String answerText) {
        Api verifier = Api.as(baseUrl(), BOKEO_VERIFIER);
        completeTask(verifier, caseId, "verifyComplaint", variables("complaintTrue", false));
        completeTask(verifier, caseId, "writeExplanation", variables("answerText", answerText));
    }

    private static Map<String, Object> reopen(String code, String reason) {
        return Map.of("code", code, "reason", reason);
    }

    private static Map<String, Object> rating(String code, int stars) {
        Map<String, Object> rating = new HashMap<>();
        rating.put("code", code);
        rating.put("stars", stars);
        rating.put("comment", "ຕອບຊ້າ");
        return rating;
    }
}
