package org.gflow.engine.notify;

/**
 * Who a notification goes to and how: a civil servant or office in the inbox, a citizen or
 * applicant by SMS or e-mail, or — when they left no contact — on the public status page.
 */
public record Recipient(String kind, String address, String channel) {

    static final String INBOX = "inbox";
    static final String SMS = "sms";
    static final String EMAIL = "email";
    static final String STATUS_PAGE = "status-page";
}
