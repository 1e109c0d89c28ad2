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

    /**
     * The address as an office may see it on the case: a colleague or office in full, a citizen's
     * or applicant's phone by its last three digits and e-mail by its first letter and domain — enough
     * to tell "the number they gave" from another, not enough to contact them outside the case.
     */
    public static String shown(String channel, String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        if (SMS.equals(channel)) {
            String digits = address.replaceAll("\\D", "");
            return "…" + digits.substring(Math.max(0, digits.length() - 3));
        }
        if (EMAIL.equals(channel)) {
            int at = address.indexOf('@');
            return at <= 0 ? "…" : address.charAt(0) + "…" + address.substring(at);
        }
        return address;
    }
}
