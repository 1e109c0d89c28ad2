package org.gflow.engine.notify;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The frame around every e-mail's body: a heading with the subject and G-Flow's footer in the
 * message's language, in plain text and in HTML. Inline styles only, as mail clients want; the
 * Lao font stack names the fonts most readers have.
 */
@Component
class MailLayout {

    private static final String FONTS = "'Noto Sans Lao','Phetsarath OT','Saysettha OT',sans-serif";

    String plain(OutboxMessage message) {
        return message.body() + "\n\n-- \n" + footer(message);
    }

    String html(OutboxMessage message) {
        String content = message.html() != null ? message.html() : "<p>" + escape(message.body()) + "</p>";
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language(message)) + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + escape(message.subject()) + "</title></head>"
                + "<body style=\"font-family:" + FONTS + ";font-size:15px;line-height:1.6;color:#1f2937\">"
                + "<h1 style=\"font-size:18px;color:#1e3a8a\">" + escape(message.subject()) + "</h1>"
                + content
                + "<hr style=\"border:0;border-top:1px solid #d1d5db\">"
                + "<p style=\"font-size:12px;color:#6b7280\">" + escape(footer(message)) + "</p>"
                + "</body></html>";
    }

    private String footer(OutboxMessage message) {
        return NotificationTexts.in(message.language()).fixed("mail.footer");
    }

    private static String language(OutboxMessage message) {
        return Languages.of(message.language());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
