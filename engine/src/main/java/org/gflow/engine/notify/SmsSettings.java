package org.gflow.engine.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gflow.sms.*}: which gateway sends SMS, and the built-in one's address. The built-in
 * gateway speaks Kannel's HTTP {@code sendsms} interface; without its URL it is off and SMS messages
 * wait in the outbox. A ministry's own provider, installed as a plugin, is chosen by its name.
 *
 * @param gateway the gateway that sends: {@code kannel} (built in, the default) or the name of a
 *     plugin's SMS gateway; while no such gateway is installed, SMS messages wait in the outbox
 * @param url the gateway's {@code sendsms} address, e.g. {@code http://kannel:13013/cgi-bin/sendsms}
 * @param username the gateway's {@code sendsms-user}
 * @param password its password (set it as {@code GFLOW_SMS_PASSWORD}, never in a file)
 * @param from the sender shown on the phone, e.g. {@code 1516}; empty: the gateway's own
 * @param timeout how long one request to the gateway may take
 */
@ConfigurationProperties("gflow.sms")
public record SmsSettings(
        @DefaultValue("kannel") String gateway,
        String url,
        String username,
        String password,
        String from,
        @DefaultValue("20s") Duration timeout) {}
