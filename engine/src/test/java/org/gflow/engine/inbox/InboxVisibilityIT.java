package org.gflow.engine.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox list reads G-Flow's work-item projection, not the engine's task query: these tests
 * hold it to the engine's answer — for civil servants of different organisations, the list shows
 * exactly the tasks the engine's authorizations let them see — and show that claims, handovers
 * and completions appear in the list as soon as they are done, and that Lao words are found
 * whether typed with spaces or not.
 */
class InboxVisibilityIT extends EngineIT {

    private static final String OPERATOR = "phonsavanh.opm";
    private static final String TRIAGE = "vilayvanh.opm";
    private static final String BOKEO_VERIFIER = "nalinh.bokeo";
    private static final List<String> USERS =
            List.of(OPERATOR, TRIAGE, BOKEO_VERIFIER, "ounkham.moic", "keo.moic", "admin");

    /** A word only this test's cases carry, so that the lists can be narrowed to them. */
    private final String marker =
            "inbox" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private final List<String> caseIds = new ArrayList<>();

    @Autowired
    private WorkItemProjection projection;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transactions;

    @BeforeEach
    void threeComplaintsAtDifferentSteps() {
        for (int i = 0; i < 3; i++) {
            caseIds.add(Api.as(baseUrl(), OPERATOR)
                    .startPhoneComplaint("ນ້ຳປະປາບ້ານໂພນໄຊ ບໍ່ໄຫຼ " + marker + " " + i, "public-service", "bokeo"));
        }
    }

    @Test
    void eachUserSeesExactlyTheTasksTheEngineLetsThemSee() {
        completeTriage(caseIds.get(0));
        completeTriage(caseIds.get(1));
        onlyTask(Api.as(baseUrl(), TRIAGE), caseIds.get(2), "triageComplaint"); // nothing still on its way
        String claimed = onlyTask(Api.as(baseUrl(), BOKEO_VERIFIER), caseIds.get(1), "verifyComplaint");
        assertThat(Api.as(baseUrl(), BOKEO_VERIFIER)
                        .post("/engine-rest/task/" + claimed + "/claim", Map.of("userId", BOKEO_VERIFIER))
                        .status())
                .isEqualTo(204);

        for (String user : USERS) {
            Api api = Api.as(baseUrl(), user);
            Set<String> engine = new HashSet<>();
            api.get("/engine-rest/task?processInstanceIdIn=" + String.join(",", caseIds))
                    .json()
                    .forEach(task -> engine.add(task.path("id").asText()));
            assertThat(listed(api, "q=" + marker)).as(user).isEqualTo(engine);
        }
        assertThat(listed(Api.as(baseUrl(), "ounkham.moic"), "q=" + marker)).isEmpty();
        assertThat(listed(Api.as(baseUrl(), BOKEO_VERIFIER), "q=" + marker)).hasSize(2);
    }

    @Test
    void claimHandoverAndCompletionShowAtOnce() {
        Api triage = Api.as(baseUrl(), TRIAGE);
        String triageTask = onlyTask(triage, caseIds.get(0), "triageComplaint");
        assertThat(listed(triage, "scope=groups&q=" + marker)).contains(triageTask);
        assertThat(listed(triage, "scope=mine&q=" + marker)).doesNotContain(triageTask);

        Api admin = Api.as(baseUrl(), "admin");
        assertThat(admin.post("/api/inbox/tasks/" + triageTask + "/handover", Map.of("userId", TRIAGE))
                        .status())
                .isEqualTo(204);
        assertThat(listed(triage, "scope=mine&q=" + marker)).containsExactly(triageTask);
        assertThat(listed(triage, "scope=groups&q=" + marker)).doesNotContain(triageTask);
        assertThat(row(admin, triageTask).path("assignee").asText()).isEqualTo(TRIAGE);

        assertThat(triage.post("/engine-rest/task/" + triageTask + "/complete", Map.of("variables", Map.of()))
                        .status())
                .isIn(200, 204);
        assertThat(listed(admin, "q=" + marker)).doesNotContain(triageTask);

        Api bokeo = Api.as(baseUrl(), BOKEO_VERIFIER);
        String verifyTask = onlyTask(bokeo, caseIds.get(0), "verifyComplaint");
        assertThat(listed(bokeo, "scope=groups&q=" + marker)).containsExactly(verifyTask);
        assertThat(bokeo.post("/engine-rest/task/" + verifyTask + "/claim", Map.of("userId", BOKEO_VERIFIER))
                        .status())
                .isEqualTo(204);
        assertThat(listed(bokeo, "scope=mine&q=" + marker)).containsExactly(verifyTask);
        assertThat(listed(bokeo, "scope=groups&q=" + marker)).isEmpty();
    }

    @Test
    void laoWordsAreFoundWithOrWithoutSpacesAndNumbersAndTitlesByPrefix() {
        Api operator = Api.as(baseUrl(), OPERATOR);
        // a complaint is registered (numbered, then offered for triage) just after its start
        eventually(
                "all three complaints wait for triage",
                () -> listed(Api.as(baseUrl(), "admin"), "q=" + marker).size() == 3);
        Set<String> all = listed(Api.as(baseUrl(), "admin"), "q=" + marker);
        assertThat(listed(operator, "q=" + encode("ບ້ານໂພນໄຊ " + marker))).isEqualTo(listed(operator, "q=" + marker));
        assertThat(listed(operator, "q=" + encode("ບ້ານ ໂພນໄຊ " + marker))).isEqualTo(listed(operator, "q=" + marker));
        assertThat(listed(operator, "q=" + encode("ນ້ຳປະປາ " + marker))).isEqualTo(listed(operator, "q=" + marker));
        assertThat(listed(operator, "q=" + encode("ໄຟຟ້າ " + marker))).isEmpty();

        Api admin = Api.as(baseUrl(), "admin");
        String number = admin.trackingNumberOf(caseIds.get(2));
        eventually(
                "the number reaches the inbox",
                () -> listed(admin, "q=" + encode(number)).size() == 1);
        String prefix = number.substring(0, number.length() - 1);
        assertThat(listed(admin, "q=" + encode(prefix) + "&size=100")).isNotEmpty();
        assertThat(listed(admin, "q=" + marker.substring(0, 10) + "&size=100")).containsAll(all);
    }

    @Test
    void startUpBackfillRestoresMissingWorkItemsAndChangesNothingTheSecondTime() {
        Api triage = Api.as(baseUrl(), TRIAGE);
        String task = onlyTask(triage, caseIds.get(0), "triageComplaint");
        assertThat(listed(triage, "q=" + marker)).contains(task);
        // as in a database from before the projection: the task is open but has no work item
        transactions.executeWithoutResult(status -> {
            for (String table : List.of("gflow_work_item_term", "gflow_work_item_party", "gflow_work_item")) {
                jdbc.update("delete from " + table + " where task_id = ?", task);
            }
        });
        assertThat(listed(triage, "q=" + marker)).doesNotContain(task);

        Integer restored = transactions.execute(status -> projection.backfill());
        assertThat(restored).isPositive();
        assertThat(listed(triage, "q=" + marker)).contains(task);
        Integer again = transactions.execute(status -> projection.backfill());
        assertThat(again).isZero();
    }

    @Test
    void eachRowCarriesItsTaskKeyAndRowsFromBeforeTheKeyGetItAtStartUp() {
        Api triage = Api.as(baseUrl(), TRIAGE);
        String task = onlyTask(triage, caseIds.get(0), "triageComplaint");
        assertThat(row(triage, task).path("taskKey").asText())
                .as("the web app names the task by it")
                .isEqualTo("triageComplaint");
        // as in a database from before the key was kept
        transactions.executeWithoutResult(
                status -> jdbc.update("update gflow_work_item set task_key = null where task_id = ?", task));
        assertThat(row(triage, task).path("taskKey").isNull()).isTrue();

        Integer restored = transactions.execute(status -> projection.backfill());
        assertThat(restored).isPositive();
        assertThat(row(triage, task).path("taskKey").asText()).isEqualTo("triageComplaint");
        Integer again = transactions.execute(status -> projection.backfill());
        assertThat(again).isZero();
    }

    @Test
    void rowsFromBeforeTheSearchTextAreFoundAgainAfterStartUp() {
        Api triage = Api.as(baseUrl(), TRIAGE);
        String task = onlyTask(triage, caseIds.get(0), "triageComplaint");
        // the rare marker is read from the term index, the village's word tested in the row's search text
        String twoWords = "q=" + URLEncoder.encode(marker + " ໂພນໄຊ", StandardCharsets.UTF_8);
        assertThat(listed(triage, twoWords)).contains(task);
        // as written before the column existed
        transactions.executeWithoutResult(
                status -> jdbc.update("update gflow_work_item set search_text = null where task_id = ?", task));
        assertThat(listed(triage, twoWords)).doesNotContain(task);

        Integer restored = transactions.execute(status -> projection.backfill());
        assertThat(restored).isPositive();
        assertThat(listed(triage, twoWords)).contains(task);
        Integer again = transactions.execute(status -> projection.backfill());
        assertThat(again).isZero();
    }

    @Test
    void partiesFromBeforeTheyCarriedTheSearchTextGetItAtStartUp() {
        String task = onlyTask(Api.as(baseUrl(), TRIAGE), caseIds.get(0), "triageComplaint");
        String textOfParties = "select distinct search_text from gflow_work_item_party where task_id = ?";
        String textOfItem =
                jdbc.queryForObject("select search_text from gflow_work_item where task_id = ?", String.class, task);
        assertThat(jdbc.queryForList(textOfParties, String.class, task)).containsExactly(textOfItem);
        // as written before the column existed: on PostgreSQL a search walking the group's rows would miss the task
        transactions.executeWithoutResult(
                status -> jdbc.update("update gflow_work_item_party set search_text = null where task_id = ?", task));

        Integer restored = transactions.execute(status -> projection.backfill());
        assertThat(restored).isPositive();
        assertThat(jdbc.queryForList(textOfParties, String.class, task)).containsExactly(textOfItem);
        Integer again = transactions.execute(status -> projection.backfill());
        assertThat(again).isZero();
    }

    @Test
    void rowsFollowTheModelsListOfEnglishNamesAtStartUp() {
        String task = onlyTask(Api.as(baseUrl(), TRIAGE), caseIds.get(0), "triageComplaint");
        // as written before the column existed, and as written under an older list of names
        for (String older : new String[] {null, "Sort the complaint"}) {
            transactions.executeWithoutResult(status ->
                    jdbc.update("update gflow_work_item set task_name_en = ? where task_id = ?", older, task));

            Integer restored = transactions.execute(status -> projection.backfill());
            assertThat(restored).isPositive();
            assertThat(jdbc.queryForObject(
                            "select task_name_en from gflow_work_item where task_id = ?", String.class, task))
                    .isEqualTo("Triage the complaint");
        }
        Integer again = transactions.execute(status -> projection.backfill());
        assertThat(again).isZero();
    }

    @Test
    void anEnglishReaderFindsAndSortsTasksByTheEnglishNamesTheySee() {
        onlyTask(Api.as(baseUrl(), TRIAGE), caseIds.get(1), "triageComplaint");
        onlyTask(Api.as(baseUrl(), TRIAGE), caseIds.get(2), "triageComplaint");
        completeTriage(caseIds.get(0));
        // the app sends the reader's language with every request
        Api english = Api.as(baseUrl(), "admin").withHeader("Accept-Language", "en");
        Api lao = Api.as(baseUrl(), "admin").withHeader("Accept-Language", "lo");

        // the model names it ກວດສອບຄວາມຈິງ; an English reader sees "Verify the complaint"
        assertThat(taskKeys(english, "q=" + encode("verify the " + marker))).containsExactly("verifyComplaint");
        assertThat(taskKeys(lao, "q=" + encode("ກວດສອບ " + marker))).containsExactly("verifyComplaint");

        // English: "Triage the complaint" before "Verify the complaint"; Lao: ກວດສອບ… before ຄັດແຍກ…
        assertThat(taskKeys(english, "sort=name&order=asc&q=" + marker))
                .containsExactly("triageComplaint", "triageComplaint", "verifyComplaint");
        assertThat(taskKeys(lao, "sort=name&order=asc&q=" + marker))
                .containsExactly("verifyComplaint", "triageComplaint", "triageComplaint");
    }

    /** The task keys of one page of the list, in its order. */
    private static List<String> taskKeys(Api api, String filter) {
        Api.Reply reply = api.get("/api/inbox/tasks?size=100&" + filter);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        reply.json().path("items").forEach(item -> keys.add(item.path("taskKey").asText()));
        return keys;
    }

    private void completeTriage(String caseId) {
        completeTask(Api.as(baseUrl(), TRIAGE), caseId, "triageComplaint", Map.of("variables", Map.of()));
        onlyTask(Api.as(baseUrl(), BOKEO_VERIFIER), caseId, "verifyComplaint");
    }

    /** Every task the list shows for this filter, page after page. */
    private static Set<String> listed(Api api, String filter) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            Api.Reply reply = api.get("/api/inbox/tasks?size=2&page=" + page + "&" + filter);
            assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
            reply.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
            if (!reply.json().path("more").asBoolean()) {
                return ids;
            }
        }
    }

    private JsonNode row(Api api, String taskId) {
        for (JsonNode item :
                api.get("/api/inbox/tasks?size=100&q=" + marker).json().path("items")) {
            if (item.path("id").asText().equals(taskId)) {
                return item;
            }
        }
        throw new AssertionError("task " + taskId + " is not listed");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
