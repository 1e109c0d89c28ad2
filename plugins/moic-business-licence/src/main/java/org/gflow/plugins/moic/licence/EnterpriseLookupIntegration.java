package org.gflow.plugins.moic.licence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;

/**
 * Topic {@code moic.enterprise-lookup}: checks the applicant's {@code enterpriseNumber} against
 * the MOIC enterprise registry. Sets {@code enterpriseFound} (registered and active),
 * {@code enterpriseNumberValid} and, when registered, {@code enterpriseName} (Lao),
 * {@code enterpriseNameEn}, {@code enterpriseProvince} and {@code enterpriseActive}. A number that
 * is malformed or unknown is not an error: the case goes on with {@code enterpriseFound=false},
 * and the reviewer asks the applicant.
 */
public final class EnterpriseLookupIntegration implements Integration {

    /** The topic served. */
    public static final String TOPIC = "moic.enterprise-lookup";

    private final EnterpriseRegistry registry;

    public EnterpriseLookupIntegration(EnterpriseRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) {
        Optional<EnterpriseNumber> number = EnterpriseNumber.parse(call.requireText("enterpriseNumber"));
        Optional<Enterprise> enterprise = number.flatMap(registry::find);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("enterpriseNumberValid", number.isPresent());
        variables.put("enterpriseFound", enterprise.map(Enterprise::active).orElse(false));
        number.ifPresent(valid -> variables.put("enterpriseNumber", valid.toString()));
        enterprise.ifPresent(found -> {
            variables.put("enterpriseName", found.nameLao());
            variables.put("enterpriseNameEn", found.nameEnglish());
            variables.put("enterpriseProvince", found.province());
            variables.put("enterpriseActive", found.active());
        });
        return IntegrationResult.of(variables);
    }
}
