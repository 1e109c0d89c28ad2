package org.gflow.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.bench.NeutralWorkload.MODEL_KEY;
import static org.gflow.engine.bench.NeutralWorkload.basicAuthorization;
import static org.gflow.engine.bench.NeutralWorkload.driveCases;
import static org.gflow.engine.bench.NeutralWorkload.spread;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.gflow.engine.GFlowApplication;
import org.gflow.engine.bench.NeutralWorkload.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * REST throughput of G-Flow against plain Camunda 7.24 as a ministry would have to run it — with
 * authorization on and Camunda's own HTTP Basic login — on the same kind of database (each its own
 * H2 in memory), both in this JVM at the same time: the same trivial model (start → user task →
 * end) driven over HTTP by 1, 4 and 16 client threads — start, find the task, complete it. Runs
 * alternate (G-Flow, plain, three rounds per client count): median and spread of each. Then
 * decay: five blocks of 1,000 cases each, alternated, the first block against the last.
 * Writes {@code docs/benchmarks/rest.md}.
 */
@Tag("bench")
class RestThroughputBench {

    private static final List<Integer> CLIENTS = List.of(1, 4, 16);
    private static final int WARM_UP_CASES = 400;
    private static final int MEASURED_CASES = 600;
    private static final int ROUNDS = 3;
    private static final int DECAY_BLOCKS = 5;
    private static final int DECAY_BLOCK_CASES = 1000;
    private static final int DECAY_CLIENTS = 4;

    @Test
    void restThroughputAgainstPlainCamunda() throws Exception {
        try (ConfigurableApplicationContext gflow = startGFlow();
                ConfigurableApplicationContext plain = startPlainCamunda()) {
            Target gflowTarget = target(gflow, "benchRest");
            Target plainTarget = target(plain, "benchPlain");
            // both engines share this JVM's compiler: warm both, alternated, until it has settled
            int warmUpRounds = JitWarmUp.untilSettled(() -> {
                driveCases(gflowTarget, DECAY_CLIENTS, WARM_UP_CASES);
                driveCases(plainTarget, DECAY_CLIENTS, WARM_UP_CASES);
            });

            BenchmarkTable table = table();
            for (int clients : CLIENTS) {
                List<double[]> rounds = new ArrayList<>();
                for (int i = 0; i < ROUNDS; i++) {
                    double gflowRate = driveCases(gflowTarget, clients, MEASURED_CASES);
                    double plainRate = driveCases(plainTarget, clients, MEASURED_CASES);
                    rounds.add(new double[] {gflowRate, plainRate, gflowRate / plainRate});
                }
                table.row(
                        clients + (clients == 1 ? " client" : " clients"),
                        spread(rounds, 0, "%.0f"),
                        spread(rounds, 1, "%.0f"),
                        spread(rounds, 2, "%.2f×"),
                        "≥ 1.0×");
            }
            List<double[]> blocks = new ArrayList<>();
            for (int i = 0; i < DECAY_BLOCKS; i++) {
                blocks.add(new double[] {
                    driveCases(gflowTarget, DECAY_CLIENTS, DECAY_BLOCK_CASES),
                    driveCases(plainTarget, DECAY_CLIENTS, DECAY_BLOCK_CASES)
                });
            }
            double[] first = blocks.get(0);
            double[] last = blocks.get(blocks.size() - 1);
            table.row(
                    "decay: last block ÷ first block (" + DECAY_CLIENTS + " clients)",
                    String.format("%.0f → %.0f: %.2f×", first[0], last[0], last[0] / first[0]),
                    String.format("%.0f → %.0f: %.2f×", first[1], last[1], last[1] / first[1]),
                    "",
                    "G-Flow ≥ 0.95×");
            writeTable(table, warmUpRounds);
            assertThat(blocks).allSatisfy(block -> assertThat(block[0]).isPositive());
        }
    }

    private static ConfigurableApplicationContext startGFlow() {
        return new SpringApplicationBuilder(GFlowApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.profiles.active=test",
                        "--camunda.bpm.process-engine-name=benchRest",
                        "--gflow.db.url=jdbc:h2:mem:bench-rest;DB_CLOSE_DELAY=-1",
                        "--gflow.data-dir=target/bench-rest");
    }

    /**
     * Camunda as a ministry would have to run it: its engine and REST starters, authorization on,
     * an administrator {@code admin} in its own user tables, its own HTTP Basic filter on the REST
     * API. Its own properties only: the optional config location does not exist, so G-Flow's
     * application.yaml is never read.
     */
    private static ConfigurableApplicationContext startPlainCamunda() {
        return new SpringApplicationBuilder(PlainCamunda.class)
                .run(
                        "--spring.config.location=optional:file:target/bench-plain/no-such-config.yaml",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--spring.datasource.url=jdbc:h2:mem:bench-plain;DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--camunda.bpm.process-engine-name=benchPlain",
                        "--camunda.bpm.history-level=full",
                        "--camunda.bpm.database.schema-update=true",
                        "--camunda.bpm.authorization.enabled=true",
                        "--camunda.bpm.admin-user.id=admin",
                        "--camunda.bpm.admin-user.password=demo",
                        "--camunda.bpm.job-execution.enabled=true",
                        // otherwise it would deploy every BPMN file it finds on the class path
                        "--camunda.bpm.auto-deployment-enabled=false");
    }

    /**
     * Plain Camunda 7.24 on Spring Boot. No component scan at all, so none of G-Flow's beans
     * (its ProcessEnginePlugins among them) can join; no Spring Security, no Flyway, no webapps.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration(
            exclude = {
                SecurityAutoConfiguration.class,
                SecurityFilterAutoConfiguration.class,
                UserDetailsServiceAutoConfiguration.class,
                ManagementWebSecurityAutoConfiguration.class,
                FlywayAutoConfiguration.class,
                CamundaBpmWebappAutoConfiguration.class
            })
    static class PlainCamunda {

        /** Camunda's own HTTP Basic login for its REST API, as its documentation sets it up. */
        @Bean
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicLogin() {
            FilterRegistrationBean<ProcessEngineAuthenticationFilter> login =
                    new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
            login.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
            login.addUrlPatterns("/engine-rest/*");
            return login;
        }
    }

    /**
     * Deploys the trivial model and names the REST base of this engine. Two engines live in this
     * JVM, and Camunda's REST API finds the engine of an unnamed path by the name "default", so
     * every request names its engine: {@code /engine-rest/engine/{name}/…}.
     */
    private static Target target(ConfigurableApplicationContext context, String engineName) {
        context.getBean(RepositoryService.class)
                .createDeployment()
                .name(MODEL_KEY)
                .addModelInstance(MODEL_KEY + ".bpmn", NeutralWorkload.model())
                .deploy();
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return new Target(
                URI.create("http://127.0.0.1:" + port + "/engine-rest/engine/" + engineName),
                basicAuthorization("admin", "demo"));
    }

    private static BenchmarkTable table() {
        return new BenchmarkTable(
                "REST throughput: G-Flow and plain Camunda 7.24, both with authorization and HTTP Basic",
                "clients",
                "G-Flow requests/s, median (min–max)",
                "plain Camunda requests/s, median (min–max)",
                "G-Flow ÷ plain, median (min–max)",
                "goal");
    }

    private static void writeTable(BenchmarkTable table, int warmUpRounds) {
        table.note("Workload: a trivial model (start → user task → end), deployed to both; client threads "
                        + "(java.net.http, HTTP/1.1, keep-alive) each loop `POST …/process-definition/key/" + MODEL_KEY
                        + "/start`, `GET …/task?processInstanceId=…`, `POST …/task/{id}/complete`; " + MEASURED_CASES
                        + " cases ("
                        + 3 * MEASURED_CASES + " requests) per run after " + JitWarmUp.described(warmUpRounds) + " of "
                        + WARM_UP_CASES + " cases per engine, alternated. For each "
                        + "client count, " + ROUNDS
                        + " rounds alternate G-Flow and plain; every request of every run succeeded "
                        + "(a failed one stops the benchmark). Decay: then " + DECAY_BLOCKS + " blocks of "
                        + DECAY_BLOCK_CASES
                        + " cases each, alternated, by which time each engine has run "
                        + (warmUpRounds * WARM_UP_CASES
                                + ROUNDS * CLIENTS.size() * MEASURED_CASES
                                + DECAY_BLOCKS * DECAY_BLOCK_CASES)
                        + " cases; the last block's rate against the first's.")
                .note("Both engines run at once in the one benchmark JVM, each with its own H2 in memory and its own "
                        + "engine name; requests use Camunda's named-engine paths (`/engine-rest/engine/{name}/…`).")
                .note(
                        "G-Flow: its full stack as shipped with the test profile — every request carries HTTP Basic of the "
                                + "directory user `admin` (in `gflow-admins`), so each pays Spring Security, the directory bind (or "
                                + "its short-lived cache), the group lookup (directory cache), admission control and Camunda's "
                                + "authorization checks; history full. Plain Camunda: engine and REST starters, authorization on, "
                                + "Camunda's own HTTP Basic filter checking `admin` (in `camunda-admin`) against its own user tables, "
                                + "history full — the fair control for a system that must check who asks.")
                .note(String.format(
                        "System load average at the end: %.1f (2 cores shared with other work: "
                                + "the ratio within a round is the figure to trust, its spread the noise).",
                        NeutralWorkload.loadAverage()))
                .writeTo("rest.md");
    }
}
