package org.gflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;

import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gflow.engine.hotline.PublishedAnswers;
import org.gflow.engine.testing.RealPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The engine on a real PostgreSQL, stopped in the middle of a case and started again: the
 * case is still there and runs to its end. This is the one engine test that starts engines of
 * its own — a restart cannot share the common test context.
 */
@Tag("own-engine")
class PostgresRestartIT {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    @Test
    void aCaseSurvivesARestartAndContinues() {
        String caseId;
        try (ConfigurableApplicationContext first = startEngine()) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            caseId = engine.getRuntimeService()
                    .startProcessInstanceByKey(
                            "hotline-1516",
                            Map.of(
                                    "channel", "phone",
                                    "complaintText", "ນ້ຳປະປາບ້ານໂພນໄຊ ບໍ່ໄຫຼມາໄດ້ສອງອາທິດ",
                                    "category", "public-service",
                                    "province", "xaisomboun"))
                    .getId();
            TaskService tasks = engine.getTaskService();
            eventually("the complaint is registered and offered for triage", () -> task(tasks, caseId) != null);
            tasks.complete(task(tasks, caseId).getId());
            assertThat(task(tasks, caseId).getTaskDefinitionKey()).isEqualTo("verifyComplaint");
        }

        try (ConfigurableApplicationContext second = startEngine()) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            TaskService tasks = engine.getTaskService();
            RuntimeService runtime = engine.getRuntimeService();
            Task verify = task(tasks, caseId);
            assertThat(verify.getTaskDefinitionKey()).isEqualTo("verifyComplaint");
            String trackingNumber = (String) runtime.getVariable(caseId, "trackingNumber");
            assertThat(trackingNumber).matches("1516-\\d{4}-\\d{6}");

            tasks.complete(verify.getId(), Map.of("complaintTrue", false));
            tasks.complete(task(tasks, caseId).getId(), Map.of("answerText", "ແຂວງໄດ້ສ້ອມທໍ່ນ້ຳແລ້ວ."));

            // answered and told: the case waits out the citizen's reopen window
            eventually(
                    "the answer goes out and the case waits for the citizen",
                    () -> runtime.createEventSubscriptionQuery()
                                    .processInstanceId(caseId)
                                    .eventName("HotlineComplaintReopened")
                                    .count()
                            == 1);
            assertThat(second.getBean(PublishedAnswers.class).find(trackingNumber))
                    .isPresent();
        }
    }

    private static Task task(TaskService tasks, String caseId) {
        return tasks.createTaskQuery().processInstanceId(caseId).singleResult();
    }

    private static ConfigurableApplicationContext startEngine() {
        return new SpringApplicationBuilder(GFlowApplication.class)
                .profiles("test", "postgres")
                .run(Stream.concat(
                                Stream.of("--server.port=0", "--gflow.data-dir=target/postgres-restart-data"),
                                POSTGRES.connectionArguments().stream())
                        .toArray(String[]::new));
    }
}
