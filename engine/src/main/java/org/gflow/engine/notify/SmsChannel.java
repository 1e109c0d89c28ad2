package org.gflow.engine.notify;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gflow.plugin.api.sms.SmsGateway;
import org.gflow.plugin.api.sms.SmsRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox's SMS through the gateway {@code gflow.sms.gateway} names: the built-in
 * Kannel gateway, or a ministry's own provider installed as a plugin. The number is normalised for
 * Laos here, once for every gateway; a provider's refusal that no retry can mend fails the message
 * at once, any other failure is tried again.
 */
@Component
class SmsChannel implements NotificationChannel {

    private final String gatewayName;
    private final KannelSmsGateway kannel;
    private final Function<String, Optional<SmsGateway>> plugins;

    @Autowired
    SmsChannel(SmsSettings settings, KannelSmsGateway kannel, PluginSmsGateways plugins) {
        this(settings, kannel, plugins::named);
    }

    /** @param plugins the gateway a plugin serves under a name, now */
    SmsChannel(SmsSettings settings, KannelSmsGateway kannel, Function<String, Optional<SmsGateway>> plugins) {
        this.gatewayName = settings.gateway();
        this.kannel = kannel;
        this.plugins = plugins;
    }

    @Override
    public Set<String> outboxChannels() {
        return Set.of(Recipient.SMS);
    }

    /** While the named gateway is missing (not configured, its plugin not installed), SMS wait. */
    @Override
    public boolean enabled() {
        return gateway().isPresent();
    }

    @Override
    public Outcome deliver(OutboxMessage message) throws Exception {
        String to = LaoPhoneNumbers.e164(message.recipient())
                .orElseThrow(() -> new PermanentFailure("not a phone number in Laos: " + message.recipient(), null));
        SmsGateway gateway = gateway()
                .orElseThrow(() -> new IllegalStateException("SMS gateway '" + gatewayName + "' is not installed"));
        try {
            gateway.send(to, message.body());
        } catch (SmsRefused refused) {
            throw new PermanentFailure(refused.getMessage(), refused);
        }
        return Outcome.SENT;
    }

    private Optional<SmsGateway> gateway() {
        if (KannelSmsGateway.NAME.equals(gatewayName)) {
            return kannel.configured() ? Optional.of(kannel) : Optional.empty();
        }
        return plugins.apply(gatewayName);
    }
}
