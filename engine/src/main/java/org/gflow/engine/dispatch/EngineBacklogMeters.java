package org.gflow.engine.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The engine's waiting work, for operators: open external tasks by topic
 * ({@code gflow.external.tasks.backlog}) and the job executor's state
 * ({@code gflow.job.executor.active}, {@code gflow.jobs.due}). Counted by one grouped query on a
 * schedule ({@code gflow.metrics.backlog-refresh}) and served from memory, so a scrape costs the
 * database nothing; a topic whose tasks are all done reads 0.
 */
@Component
class EngineBacklogMeters {

    private static final String BACKLOG_BY_TOPIC =
            "select TOPIC_NAME_, count(*) from ACT_RU_EXT_TASK group by TOPIC_NAME_";

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final JobExecutor jobExecutor;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
    private final AtomicLong dueJobs = new AtomicLong();

    EngineBacklogMeters(JdbcTemplate jdbc, ProcessEngine engine, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.management = engine.getManagementService();
        this.jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        this.registry = registry;
        Gauge.builder("gflow.job.executor.active", () -> jobExecutor != null && jobExecutor.isActive() ? 1 : 0)
                .description("1 while the job executor runs timers and asynchronous continuations")
                .register(registry);
        Gauge.builder("gflow.jobs.due", dueJobs, AtomicLong::get)
                .description("Jobs due now (with retries left), waiting for the job executor")
                .register(registry);
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${gflow.metrics.backlog-refresh:PT30S}")
    void refresh() {
        Map<String, Long> counted = new ConcurrentHashMap<>();
        jdbc.query(BACKLOG_BY_TOPIC, (RowCallbackHandler) row -> counted.put(row.getString(1), row.getLong(2)));
        backlog.forEach((topic, value) -> value.set(counted.getOrDefault(topic, 0L)));
        counted.forEach((topic, count) -> backlogOf(topic).set(count));
        dueJobs.set(management.createJobQuery().executable().count());
    }

    private AtomicLong backlogOf(String topic) {
        return backlog.computeIfAbsent(topic, t -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("gflow.external.tasks.backlog", value, AtomicLong::get)
                    .description("Open external tasks (plugin calls waiting or under way), by topic")
                    .tag("topic", t)
                    .register(registry);
            return value;
        });
    }
}
