package org.gflow.plugins.template;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.gflow.plugin.api.PluginMessages;

/**
 * Topic {@code template.reference-check}: checks that the case's {@code referenceNumber} is one of
 * this office's references ({@code <office-code>-<digits>}) and seals the result. Sets
 * {@code referenceValid}, {@code referenceNote} (Lao, from the plugin's messages) and, for a valid
 * reference, {@code referenceSeal}: an HMAC-SHA256 of the reference under the office's secret key,
 * which the office's own systems can recompute. An invalid reference is not an error: the case goes
 * on and a person looks at it. Thread-safe: nothing changes after construction.
 */
public final class ReferenceCheckIntegration implements Integration {

    /** The topic served. */
    public static final String TOPIC = "template.reference-check";

    private final Pattern reference;
    private final SecretKeySpec sealKey;
    private final PluginMessages messages;

    public ReferenceCheckIntegration(String officeCode, int serialDigits, String sealKey, PluginMessages messages) {
        this.reference = Pattern.compile(Pattern.quote(officeCode) + "-\\d{1," + serialDigits + "}");
        this.sealKey = new SecretKeySpec(sealKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.messages = messages;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) throws GeneralSecurityException {
        String number = call.requireText("referenceNumber").strip();
        boolean valid = reference.matcher(number).matches();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("referenceValid", valid);
        variables.put("referenceNote", messages.text(valid ? "reference.valid" : "reference.invalid"));
        if (valid) {
            variables.put("referenceSeal", seal(number));
        }
        return IntegrationResult.of(variables);
    }

    private String seal(String number) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(sealKey);
        return HexFormat.of().formatHex(mac.doFinal(number.getBytes(StandardCharsets.UTF_8)));
    }
}
