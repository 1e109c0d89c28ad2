package org.gflow.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A ministry serves a topic from its own machine: Camunda's external task client, over the
 * engine's authenticated REST API with a directory account, as plugins/README.md shows.
 */
class RemoteWorkerIT extends EngineIT {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Test
    void aRemoteClientServesATopicOverAuthenticatedRest() {
        repositoryService
                .createDeployment()
                .name("it-remote")
                .addModelInstance(
                        "it-remote.bpmn",
                        Bpmn.createExecutableProcess("it-remote")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("lookUp")
                                .camundaExternalTask("it.remote-lookup")
                                .endEvent()
                                .done())
                .deploy();
        String id = runtimeService
                .startProcessInstanceByKey("it-remote", Map.of("enterpriseNumber", "01-0001024"))
                .getId();

        ExternalTaskClient client = ExternalTaskClient.create()
                .baseUrl(baseUrl() + "/engine-rest")
                .addInterceptor(new BasicAuthProvider("admin", Api.PASSWORD))
                .workerId("moic-remote-worker")
                .asyncResponseTimeout(1000)
                .build();
        try {
            client.subscribe("it.remote-lookup")
                    .lockDuration(10_000)
                    .handler((task, service) -> {
                        String number = task.getVariable("enterpriseNumber");
                        service.complete(task, Map.of("enterpriseFound", number.startsWith("01-")));
                    })
                    .open();

            Api.eventually(
                    "the remote worker completed the case",
                    () -> runtimeService
                                    .createProcessInstanceQuery()
                                    .processInstanceId(id)
                                    .count()
                            == 0);
        } finally {
            client.stop();
        }
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(id)
                        .variableName("enterpriseFound")
                        .singleResult()
                        .getValue())
                .isEqualTo(true);
        assertThat(historyService
                        .createHistoricExternalTaskLogQuery()
                        .processInstanceId(id)
                        .successLog()
                        .singleResult()
                        .getWorkerId())
                .isEqualTo("moic-remote-worker");
    }

    @Test
    void aWrongPasswordGetsNoWork() {
        Api.Reply reply = Api.as(baseUrl(), "admin", "wrong")
                .post(
                        "/engine-rest/external-task/fetchAndLock",
                        Map.of(
                                "workerId",
                                "intruder",
                                "maxTasks",
                                1,
                                "topics",
                                java.util.List.of(Map.of("topicName", "it.remote-lookup", "lockDuration", 1000))));

        assertThat(reply.status()).isEqualTo(401);
    }
}
