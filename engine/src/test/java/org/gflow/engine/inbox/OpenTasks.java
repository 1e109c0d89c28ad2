package org.gflow.engine.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Fills an engine with open user tasks for the inbox benchmark: a one-task model offered to
 * {@code ${group}}, started many times. Each batch of starts runs in one engine command, so
 * it is one transaction and one batched flush instead of thousands; Camunda's authorization
 * provider still grants each task (and its case) to its group exactly as in production.
 */
final class OpenTasks {

    static final String PROCESS_KEY = "bench-inbox";
    /** Villages the cases come from: a search by one finds a tenth of a user's cases. */
    static final List<String> VILLAGES = List.of(
            "ບ້ານໜອງບົວ",
            "ບ້ານນາໄຊ",
            "ບ້ານໂພນສະຫວັນ",
            "ບ້ານດອນກອຍ",
            "ບ້ານທ່າເດື່ອ",
            "ບ້ານຫ້ວຍຊາຍ",
            "ບ້ານສີໄຄ",
            "ບ້ານນາແຮ່",
            "ບ້ານໂນນສະຫວ່າງ",
            "ບ້ານປາກທ້າງ");

    private static final List<String> COMPLAINTS = List.of("ໄຟຟ້າດັບເລື້ອຍໆ", "ນ້ຳປະປາບໍ່ໄຫຼ", "ທາງເປັນຂຸມ");
    private static final int BATCH = 100;
    /** Parallel fillers: each batch is its own transaction, as concurrent starts are in production. */
    private static final int THREADS = Integer.getInteger("gflow.bench.inbox.fill-threads", 2);

    private final ProcessEngine engine;
    private final List<String> groups;

    OpenTasks(ProcessEngine engine, List<String> groups) {
        this.engine = engine;
        this.groups = List.copyOf(groups);
    }

    /** Case {@code i} is offered to {@code groups[i % groups.size()]}. */
    String groupOf(int i) {
        return groups.get(i % groups.size());
    }

    /** The title of case {@code i}: a complaint, the village it is from (its own word), and the case's number. */
    static String title(int i) {
        return COMPLAINTS.get(i % COMPLAINTS.size()) + " ໃນ " + VILLAGES.get(i / 13 % VILLAGES.size()) + " ເລກທີ " + i;
    }

    static String trackingNumber(int i) {
        return String.format("1516-B%06d", i);
    }

    /** Deploys the model and opens {@code count} tasks, in parallel batches; returns the time it took in ms. */
    long open(int count) throws Exception {
        engine.getRepositoryService()
                .createDeployment()
                .name(PROCESS_KEY)
                .addModelInstance(PROCESS_KEY + ".bpmn", model())
                .deploy();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (int first = 0; first < count; first += BATCH) {
                int from = first;
                int to = Math.min(count, first + BATCH);
                batches.add(pool.submit(() -> startBatch(from, to)));
            }
            for (Future<?> batch : batches) {
                batch.get(); // rethrows the first failure
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void startBatch(int from, int to) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // the starts inside reuse this command's context: one transaction for the batch
        configuration.getCommandExecutorTxRequired().execute(context -> {
            for (int i = from; i < to; i++) {
                engine.getRuntimeService()
                        .startProcessInstanceByKey(
                                PROCESS_KEY,
                                Map.of(
                                        "group", groupOf(i),
                                        "caseTitle", title(i),
                                        "trackingNumber", trackingNumber(i)));
            }
            return null;
        });
    }

    private static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(PROCESS_KEY)
                .name("ກໍລະນີທົດສອບ")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("verifyCase")
                .name("ກວດສອບຄຳຮ້ອງ")
                .camundaCandidateGroups("${group}")
                .endEvent()
                .done();
    }
}
