package org.gflow.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.gflow.engine.Api;

/** What an engine's history says of the hotline cases, read through {@code /engine-rest} as an administrator. */
final class HotlineHistory {

    private HotlineHistory() {}

    /**
     * Every case start and task completion the engine confirmed is in the history, every tracking
     * number a client was shown still belongs to its case, and no tracking number or business key
     * was given to two cases.
     */
    static void assertKeepsEverythingConfirmed(Api admin, ConfirmedWrites confirmed) {
        assertThat(ids(admin.get("/engine-rest/history/process-instance?processDefinitionKey=hotline-1516")
                        .json()))
                .as("confirmed case starts")
                .containsAll(confirmed.startedCases());
        assertThat(ids(admin.get("/engine-rest/history/task?processDefinitionKey=hotline-1516"
                                + "&taskDefinitionKey=triageComplaint&finished=true")
                        .json()))
                .as("confirmed completions")
                .containsAll(confirmed.completedTasks());
        Map<String, String> numbers = trackingNumbers(admin);
        assertThat(numbers).containsAllEntriesOf(confirmed.trackingNumbers());
        assertThat(issuedTwice(numbers.values()))
                .as("tracking numbers given twice")
                .isEmpty();
        assertThat(issuedTwice(businessKeys(admin)))
                .as("business keys given twice")
                .isEmpty();
    }

    /** Case id → tracking number, of every hotline case that has one. */
    static Map<String, String> trackingNumbers(Api admin) {
        JsonNode variables = admin.get("/engine-rest/history/variable-instance?variableName=trackingNumber")
                .json();
        Map<String, String> numbers = new HashMap<>();
        variables.forEach(variable -> numbers.put(
                variable.path("processInstanceId").asText(),
                variable.path("value").asText()));
        return numbers;
    }

    static List<String> businessKeys(Api admin) {
        return StreamSupport.stream(
                        admin.get("/engine-rest/history/process-instance?processDefinitionKey=hotline-1516")
                                .json()
                                .spliterator(),
                        false)
                .map(instance -> instance.path("businessKey").asText(""))
                .filter(key -> !key.isEmpty())
                .toList();
    }

    static Set<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(item -> item.path("id").asText())
                .collect(Collectors.toSet());
    }

    static Set<String> issuedTwice(Iterable<String> numbers) {
        return StreamSupport.stream(numbers.spliterator(), false)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
