package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.gflow.plugin.api.LaoTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bundled example plugins doing their work inside the running engine: their classes loaded by
 * Felix, the engine's services ({@code NumberSeries}) reached through the OSGi registry.
 */
class ExamplePluginsIT extends EngineIT {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @BeforeEach
    void deployCallers() {
        repositoryService
                .createDeployment()
                .name("it-example-plugins")
                .enableDuplicateFiltering(false)
                .addModelInstance(
                        "it-fee.bpmn",
                        Bpmn.createExecutableProcess("it-fee")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("pay")
                                .camundaExternalTask("mof.fee-payment")
                                .boundaryEvent("wrongAmount")
                                .error("WRONG_AMOUNT")
                                .endEvent("refused")
                                .moveToActivity("pay")
                                .endEvent("paid")
                                .done())
                .addModelInstance(
                        "it-lookup.bpmn",
                        Bpmn.createExecutableProcess("it-lookup")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("lookUp")
                                .camundaExternalTask("moic.enterprise-lookup")
                                .endEvent()
                                .done())
                .deploy();
    }

    @Test
    void theFinancePluginIssuesAReceiptFromTheEnginesNumberSeries() {
        String id = runtimeService
                .startProcessInstanceByKey("it-fee", Map.of("feeAmount", 500_000, "paidAmount", 500_000))
                .getId();

        Api.eventually("fee case ended", () -> ended(id));
        assertThat(endActivity(id)).isEqualTo("paid");
        assertThat((String) variable(id, "receiptNumber"))
                .matches("MOF-" + LaoTime.year(Clock.systemUTC()) + "-\\d{6}");
    }

    @Test
    void aWrongAmountTakesTheErrorPath() {
        String id = runtimeService
                .startProcessInstanceByKey("it-fee", Map.of("feeAmount", 500_000, "paidAmount", 50_000))
                .getId();

        Api.eventually("fee case ended", () -> ended(id));
        assertThat(endActivity(id)).isEqualTo("refused");
        assertThat(variable(id, "paymentProblem")).isEqualTo("wrong-amount");
    }

    @Test
    void theCommercePluginFindsAnEnterpriseInTheRegistryItShips() {
        String id = runtimeService
                .startProcessInstanceByKey("it-lookup", Map.of("enterpriseNumber", "160002640"))
                .getId();

        Api.eventually("lookup case ended", () -> ended(id));
        assertThat(variable(id, "enterpriseFound")).isEqualTo(true);
        assertThat(variable(id, "enterpriseName")).isEqualTo("ບໍລິສັດ ປາກເຊ ກາເຟ ພູພຽງບໍລະເວນ ຈຳກັດ");
    }

    private boolean ended(String id) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).count() == 0;
    }

    private String endActivity(String id) {
        return historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult()
                .getEndActivityId();
    }

    private Object variable(String id, String name) {
        return historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(id)
                .variableName(name)
                .singleResult()
                .getValue();
    }
}
