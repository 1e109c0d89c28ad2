package org.gflow.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.gflow.engine.EngineIT;
import org.gflow.plugin.api.LaoTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case reference is taken in the start's own transaction: a start that fails after its
 * reference was issued gives the number back, so the series stays gapless.
 */
class CaseStartRollbackIT extends EngineIT {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void aFailedStartDoesNotBurnItsCaseReference() {
        // a model of its own, with a prefix of its own, so its series starts at 1
        String prefix = String.format("T%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String key = "rollback-" + prefix.toLowerCase();
        repositoryService
                .createDeployment()
                .name(key)
                .addString(key + ".bpmn", model(key, prefix))
                .deploy();
        String year = String.valueOf(LaoTime.year(Clock.systemUTC()));

        // 1. a start that goes through gets number 1
        assertThat(start(key, true)).isEqualTo(prefix + "-" + year + "-000001");
        // 2. a start that fails after the reference was issued (its gateway cannot decide)
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(key, Map.of()))
                .hasMessageContaining("proceed");
        // 3. the next start gets number 2: the failed start gave its number back
        assertThat(start(key, true)).isEqualTo(prefix + "-" + year + "-000002");
    }

    private String start(String key, boolean proceed) {
        return runtimeService
                .startProcessInstanceByKey(key, Map.of("proceed", proceed))
                .getBusinessKey();
    }

    /** Start (with a case reference) → gateway on {@code proceed} → a user task, or the end. */
    private static String model(String key, String prefix) {
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://gflow.gov.la/test">
              <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="received">
                  <bpmn:extensionElements>
                    <camunda:properties>
                      <camunda:property name="gflow.case-reference" value="%s" />
                    </camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:startEvent>
                <bpmn:sequenceFlow id="toDecide" sourceRef="received" targetRef="decide" />
                <bpmn:exclusiveGateway id="decide" />
                <bpmn:sequenceFlow id="toWork" sourceRef="decide" targetRef="work">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${proceed}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="toStop" sourceRef="decide" targetRef="stopped">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${!proceed}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:userTask id="work" />
                <bpmn:endEvent id="stopped" />
              </bpmn:process>
            </bpmn:definitions>
            """.formatted(key, prefix);
    }
}
