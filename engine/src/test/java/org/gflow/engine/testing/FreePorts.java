package org.gflow.engine.testing;

import java.io.IOException;
import java.net.ServerSocket;

/** A loopback port nobody listens on right now, for a server a test starts (never 8080). */
public final class FreePorts {

    private FreePorts() {}

    public static int next() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
