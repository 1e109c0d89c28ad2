package org.gflow.ldap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy that can simulate a network partition: after {@link #partition()} every byte is
 * silently dropped while sockets stay open, as when a router or firewall between the engine and
 * the directory loses its state. After {@link #heal()} new connections work again; the old ones
 * stay dead, and only a request on them (which times out) can tell.
 */
final class PartitioningProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private volatile boolean partitioned;

    private final class Link {
        final Socket client;
        final Socket server;
        volatile boolean cut = partitioned;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(InputStream from, OutputStream to) {
            byte[] buffer = new byte[8192];
            try {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    if (!cut) {
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                // one side closed: the link is over
            }
            close();
        }

        void close() {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    PartitioningProxy(int targetPort) {
        this.targetPort = targetPort;
        try {
            listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::acceptLoop, "proxy-accept");
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Drops all traffic from now on, on old and new connections, without closing any socket. */
    void partition() {
        partitioned = true;
        links.forEach(link -> link.cut = true);
    }

    /** New connections pass again; those cut by the partition stay dead. */
    void heal() {
        partitioned = false;
    }

    @Override
    public void close() {
        closeQuietly(listener);
        links.forEach(Link::close);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                Link link = new Link(client, server);
                links.add(link);
                daemon(() -> link.pump(client.getInputStream(), server.getOutputStream()), "proxy-up");
                daemon(() -> link.pump(server.getInputStream(), client.getOutputStream()), "proxy-down");
            } catch (IOException e) {
                return; // listener closed
            }
        }
    }

    private interface IoRunnable {
        void run() throws IOException;
    }

    private static void daemon(IoRunnable body, String name) {
        Thread thread = new Thread(
                () -> {
                    try {
                        body.run();
                    } catch (IOException e) {
                        // a side closed before pumping began
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
