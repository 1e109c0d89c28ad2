package org.gflow.plugin.api.sms;

/** The provider will never accept this message (an unknown number, a text it refuses): no retry can mend it. */
public class SmsRefused extends Exception {

    public SmsRefused(String reason) {
        super(reason);
    }
}
