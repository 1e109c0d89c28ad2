package org.gflow.processes.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.gflow.processes.support.ProcessTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the three decision tables, evaluated by the engine that runs them. */
@Deployment(
        resources = {
            "gflow/processes/hotline-routing.dmn",
            "gflow/processes/permit-type.dmn",
            "gflow/processes/permit-fee.dmn"
        })
class DecisionTablesTest extends ProcessTest {

    @ParameterizedTest(name = "{0} in {1} goes to {2}")
    @CsvSource({
        "business,       xaisomboun, moic",
        "transport,      bokeo,      mpwt",
        "environment,    vientiane,  monre",
        "land,           champasak,  monre",
        "tax,            bokeo,      mof",
        "public-service, bokeo,      bokeo",
        "other,          xaisomboun, xaisomboun",
        "public-service, vientiane,  vientiane",
        "other,          savannakhet, vientiane"
    })
    void hotlineRouting(String category, String province, String org) {
        DmnDecisionResultEntries routing =
                evaluate("hotline-routing", Map.of("category", category, "province", province));

        assertThat(routing)
                .containsEntry("responsibleOrg", org)
                .containsEntry("responsibleGroup", org + "-hotline-verifiers");
    }

    @ParameterizedTest(name = "{0} is handled by {1}")
    @CsvSource({"business-licence, moic", "transport-licence, mpwt", "environment-permit, monre"})
    void permitType(String permitType, String ministry) {
        DmnDecisionResultEntries type = evaluate("permit-type", Map.of("permitType", permitType));

        assertThat(type)
                .containsEntry("ministry", ministry)
                .containsEntry("frontOfficeGroup", ministry + "-front-office")
                .containsEntry("reviewerGroup", ministry + "-licence-reviewers")
                .containsEntry("directorGroup", ministry + "-licence-directors")
                .containsEntry("reviewForm", "permit-review")
                .containsEntry("decisionForm", "permit-decision")
                .containsEntry("feeDecision", "permit-fee");
    }

    @ParameterizedTest(name = "{0}, {1}, {2} LAK invested pays {3} LAK")
    @CsvSource({
        "business-licence,   small,  900000000000, 500000",
        "business-licence,   medium, 0,            1500000",
        "business-licence,   large,  0,            5000000",
        "transport-licence,  large,  499999999,    1000000",
        "transport-licence,  small,  500000000,    3000000",
        "environment-permit, small,  999999999,    2000000",
        "environment-permit, small,  1000000000,   10000000",
        "environment-permit, small,  9999999999,   10000000",
        "environment-permit, large,  10000000000,  25000000"
    })
    void permitFee(String permitType, String size, long investment, long fee) {
        DmnDecisionResultEntries result = evaluate(
                "permit-fee", Map.of("permitType", permitType, "businessSize", size, "investmentAmount", investment));

        assertThat(result).containsEntry("feeAmount", fee);
    }

    private DmnDecisionResultEntries evaluate(String key, Map<String, Object> variables) {
        return engine.getDecisionService()
                .evaluateDecisionByKey(key)
                .variables(variables)
                .evaluate()
                .getSingleResult();
    }
}
