package org.gflow.engine.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.gflow.engine.documents.DocumentService;
import org.springframework.context.ConfigurableApplicationContext;

/** Drives business-licence permits through the Java API, one at a time, for the engine benchmark. */
final class PermitCases {

    private PermitCases() {}

    /**
     * @return mean engine time of a case and mean time of its document step, both in ms (the
     *         people's thinking time is not in it: every task is completed as soon as it appears)
     */
    static double[] documentShare(ConfigurableApplicationContext context, int cases) {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        long countBefore = issuedCount(meters);
        double millisBefore = issuedMillis(meters);
        long caseNanos = 0;
        for (int i = 0; i < cases; i++) {
            long started = System.nanoTime();
            runOne(engine, "BENCH-APP-" + i);
            caseNanos += System.nanoTime() - started;
        }
        long issued = issuedCount(meters) - countBefore;
        return new double[] {caseNanos / 1e6 / cases, (issuedMillis(meters) - millisBefore) / Math.max(1, issued)};
    }

    // the engine's own timer of the document step, summed over the kinds of document
    private static long issuedCount(MeterRegistry meters) {
        return meters.find(DocumentService.ISSUE_TIMER).timers().stream()
                .mapToLong(Timer::count)
                .sum();
    }

    private static double issuedMillis(MeterRegistry meters) {
        return meters.find(DocumentService.ISSUE_TIMER).timers().stream()
                .mapToDouble(timer -> timer.totalTime(TimeUnit.MILLISECONDS))
                .sum();
    }

    private static void runOne(ProcessEngine engine, String application) {
        String caseId = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "permit",
                        application,
                        Map.of(
                                "permitType",
                                "business-licence",
                                "applicantName",
                                "ບໍລິສັດ ທົດສອບ ຈຳກັດ",
                                "businessSize",
                                "small",
                                "businessType",
                                "trade",
                                "businessAddress",
                                "ບ້ານ ສີສະຫວາດ, ນະຄອນຫຼວງວຽງຈັນ",
                                "enterpriseNumber",
                                "01-0001024",
                                "investmentAmount",
                                100_000_000L))
                .getId();
        complete(engine, caseId, "checkCompleteness", Map.of("documentsComplete", true));
        complete(engine, caseId, "technicalReview", Map.of("reviewNotes", "ຜ່ານ"));
        long fee = ((Number) waitForVariable(engine, caseId, "feeAmount")).longValue();
        waitUntil(() -> engine.getRuntimeService()
                        .createEventSubscriptionQuery()
                        .processInstanceId(caseId)
                        .eventName("PermitPaymentReceived")
                        .count()
                == 1);
        engine.getRuntimeService()
                .createMessageCorrelation("PermitPaymentReceived")
                .processInstanceBusinessKey(application)
                .setVariables(Map.of("paidAmount", fee, "paymentReference", "BENCH"))
                .correlate();
        // the director who decides signs the certificate
        engine.getIdentityService().setAuthentication("thongsavanh.moic", java.util.List.of("moic-licence-directors"));
        try {
            complete(
                    engine,
                    caseId,
                    "decidePermit",
                    Map.of("permitDecision", "approve", "decisionReasons", "ຜ່ານ", "validUntil", "2030-12-31"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        waitUntil(() -> engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(caseId)
                        .finished()
                        .count()
                == 1);
    }

    private static void complete(ProcessEngine engine, String caseId, String taskKey, Map<String, Object> variables) {
        waitUntil(() -> task(engine, caseId, taskKey) != null);
        engine.getTaskService().complete(task(engine, caseId, taskKey).getId(), variables);
    }

    private static Task task(ProcessEngine engine, String caseId, String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(caseId)
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private static Object waitForVariable(ProcessEngine engine, String caseId, String name) {
        waitUntil(() -> engine.getRuntimeService().getVariable(caseId, name) != null);
        return engine.getRuntimeService().getVariable(caseId, name);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("A permit case did not move on within 60 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(200_000); // leave the cores to the engine
        }
    }
}
