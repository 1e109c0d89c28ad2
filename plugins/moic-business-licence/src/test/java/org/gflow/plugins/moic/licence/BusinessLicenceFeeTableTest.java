package org.gflow.plugins.moic.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluates the shipped fee table with Camunda's DMN engine, as the permit process does. */
class BusinessLicenceFeeTableTest {

    private static DmnEngine engine;
    private static DmnDecision feeTable;

    @BeforeAll
    static void parseTheShippedTable() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = BusinessLicenceFeeTableTest.class.getResourceAsStream(
                "/gflow/processes/moic-business-licence-fee.dmn")) {
            feeTable = engine.parseDecision("moic-business-licence-fee", dmn);
        }
    }

    @ParameterizedTest(name = "{0} with {1} kip investment pays {2} kip")
    @CsvSource({
        "trade, 200000000, 500000",
        "trade, 999999999, 500000",
        "trade, 1000000000, 1000000",
        "service, 50000000, 500000",
        "service, 3000000000, 1000000",
        "manufacturing, 4999999999, 1500000",
        "manufacturing, 5000000000, 3000000",
        "tourism, 10000000000, 800000",
        "import-export, 100000000, 2000000"
    })
    void feeByBusinessTypeAndCapital(String businessType, long investmentAmount, long expectedFee) {
        var result = engine.evaluateDecisionTable(
                feeTable, Map.of("businessType", businessType, "investmentAmount", investmentAmount));

        assertThat(result.getSingleResult().<Number>getSingleEntry().longValue())
                .isEqualTo(expectedFee);
    }
}
