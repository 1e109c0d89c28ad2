package org.gflow.engine.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gflow.sms.*}: the SMS gateway, spoken to over Kannel's HTTP {@code sendsms} interface.
 * Without a URL the SMS channel is off and SMS messages wait in the outbox.
 *
 * @param url the gateway's {@code sendsms} address, e.g. {@code http://kannel:13013/cgi-bin/sendsms}
 * @param username the gateway's {@code sendsms-user}
 * @param password its password (set it as {@code GFLOW_SMS_PASSWORD}, never in a file)
 * @param from the sender shown on the phone, e.g. {@code 1516}; empty: the gateway's own
 * @param timeout how long one request to the gateway may take
 */
@ConfigurationProperties("gflow.sms")
public record SmsSettings(
        String url,
        String username,
        String password,
        String from,
        @DefaultValue("20s") Duration timeout) {

    boolean configured() {
        return url != null && !url.isBlank();
    }
}
