package org.gflow.engine.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A sign-in form read ahead of the application that handles it: the user name, and the request
 * with its body intact for that application to read. A form is a few hundred bytes; a larger body
 * is not a sign-in form and is passed on with no user name.
 */
record LoginForm(String username, HttpServletRequest request) {

    private static final int LARGEST_FORM = 8 * 1024;

    static LoginForm read(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(LARGEST_FORM + 1);
        HttpServletRequest replaying = new Replaying(request, body);
        return new LoginForm(
                body.length > LARGEST_FORM ? "" : field(new String(body, StandardCharsets.UTF_8), "username"),
                replaying);
    }

    private static String field(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0
                    && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8)
                            .equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    /** The request with the bytes already read put back in front of whatever is left of its body. */
    private static final class Replaying extends HttpServletRequestWrapper {

        private final byte[] head;

        Replaying(HttpServletRequest request, byte[] head) {
            super(request);
            this.head = head;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream rest = super.getInputStream();
            ByteArrayInputStream first = new ByteArrayInputStream(head);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    int next = first.read();
                    return next != -1 ? next : rest.read();
                }

                @Override
                public boolean isFinished() {
                    return first.available() == 0 && rest.isFinished();
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("a sign-in form is read blocking");
                }
            };
        }
    }
}
