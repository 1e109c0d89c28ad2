package org.gflow.processes.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gflow.processes.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A model chooses per timer and due date: a plain ISO duration counts working days and hours, one
 * prefixed {@code calendar:} counts time on the wall calendar.
 */
class ElapsedTimeModelTest extends ProcessTest {

    private String deploymentId;

    @BeforeEach
    void deployTheModel() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("deadlines")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("inWorkingDays")
                .camundaDueDate("P2D")
                .userTask("inCalendarDays")
                .camundaDueDate("calendar:P2D")
                .endEvent()
                .moveToActivity("inWorkingDays")
                .boundaryEvent("workingTimer")
                .cancelActivity(false)
                .timerWithDuration("PT8H")
                .endEvent()
                .moveToActivity("inCalendarDays")
                .boundaryEvent("elapsedTimer")
                .cancelActivity(false)
                .timerWithDuration("calendar:${elapsed}")
                .endEvent()
                .done();
        deploymentId = engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("deadlines.bpmn", model)
                .deploy()
                .getId();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @Test
    void plainDurationsCountWorkingTimeAndPrefixedOnesElapsedTime() {
        // Friday 6 March 2026, 15:00 in Vientiane
        passTimeUntil(lao("2026-03-06T15:00"));
        ProcessInstance instance =
                runtime().startProcessInstanceByKey("deadlines", java.util.Map.of("elapsed", "PT8H"));

        assertThat(openTask(instance, "inWorkingDays").getDueDate()).isEqualTo(Date.from(lao("2026-03-10T16:00")));
        // eight working hours: one on Friday, seven on Monday
        assertThat(timerDue(instance, "workingTimer")).isEqualTo(Date.from(lao("2026-03-09T16:00")));

        completeTask(instance, "inWorkingDays", java.util.Map.of());

        assertThat(openTask(instance, "inCalendarDays").getDueDate())
                .isEqualTo(Date.from(lao("2026-03-06T15:00").plus(Duration.ofDays(2))));
        assertThat(timerDue(instance, "elapsedTimer")).isEqualTo(Date.from(lao("2026-03-06T23:00")));
    }

    private Date timerDue(ProcessInstance instance, String activityId) {
        Job timer = management()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
        return timer.getDuedate();
    }
}
