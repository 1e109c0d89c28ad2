package org.gflow.engine.testing;

import java.io.IOException;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * A real SMS gateway for tests: Kannel's bearerbox and smsbox (Debian's {@code kannel}) with the
 * fake SMS centre of {@code kannel-extras} connected to it, on free loopback ports, with a
 * configuration generated in a temporary folder. What the fake centre receives is read back from
 * its output.
 */
public final class KannelGateway implements AutoCloseable {

    public static final String USER = "gflow";
    public static final String PASSWORD = "sms-test-secret";

    private static final Path BEARERBOX = Path.of("/usr/sbin/bearerbox");
    private static final Path SMSBOX = Path.of("/usr/sbin/smsbox");
    private static final Path FAKE_SMSC = Path.of("/usr/lib/kannel/test/fakesmsc");
    /** {@code Got message 1: <1516 +8562099998888 ucs-2 %0E%A5...>} */
    private static final Pattern RECEIVED = Pattern.compile("Got message \\d+: <(\\S*) (\\S+) (\\S+) (.*)>");

    /**
     * An SMS as the SMS centre received it: sender, receiver, coding ({@code text} or {@code ucs-2})
     * and the decoded text.
     */
    public record Sms(String from, String to, String coding, String text) {}

    private final List<Process> processes = new ArrayList<>();
    private final Path smscOutput;
    private final int sendsmsPort;

    private KannelGateway(Path smscOutput, int sendsmsPort) {
        this.smscOutput = smscOutput;
        this.sendsmsPort = sendsmsPort;
    }

    /** Whether this machine has Kannel and its fake SMS centre (see {@code .ci/install-test-servers}). */
    public static boolean installed() {
        return Files.isExecutable(BEARERBOX) && Files.isExecutable(SMSBOX) && Files.isExecutable(FAKE_SMSC);
    }

    public static KannelGateway start() throws IOException {
        Path dir = Files.createTempDirectory(
                Files.createDirectories(Path.of("target").toAbsolutePath()), "kannel-");
        int admin = FreePorts.next();
        int box = FreePorts.next();
        int smsc = FreePorts.next();
        int sendsms = FreePorts.next();
        Path config = dir.resolve("kannel.conf");
        Files.writeString(config, """
            group = core
            admin-port = %d
            admin-password = %s
            smsbox-port = %d
            box-allow-ip = 127.0.0.1
            admin-allow-ip = 127.0.0.1
            log-level = 1

            group = smsc
            smsc = fake
            smsc-id = fake
            port = %d
            connect-allow-ip = 127.0.0.1

            group = smsbox
            bearerbox-host = 127.0.0.1
            bearerbox-port = %d
            sendsms-port = %d
            log-level = 1

            group = sendsms-user
            username = %s
            password = %s
            max-messages = 10
            concatenation = true
            """.formatted(admin, PASSWORD, box, smsc, box, sendsms, USER, PASSWORD));
        KannelGateway gateway = new KannelGateway(dir.resolve("fakesmsc.log"), sendsms);
        try {
            gateway.run(dir, "bearerbox", BEARERBOX.toString(), "-v", "1", config.toString());
            awaitListening(box, dir);
            awaitListening(smsc, dir);
            // -m 0: the fake centre sends no messages of its own, it only receives
            gateway.run(
                    dir,
                    "fakesmsc",
                    FAKE_SMSC.toString(),
                    "-H",
                    "127.0.0.1",
                    "-r",
                    String.valueOf(smsc),
                    "-m",
                    "0",
                    "1 2 text unused");
            gateway.run(dir, "smsbox", SMSBOX.toString(), "-v", "1", config.toString());
            awaitListening(sendsms, dir);
        } catch (IOException | RuntimeException e) {
            gateway.close();
            throw e;
        }
        return gateway;
    }

    /** Kannel's {@code sendsms} address. */
    public String sendsmsUrl() {
        return "http://127.0.0.1:" + sendsmsPort + "/cgi-bin/sendsms";
    }

    /**
     * Every SMS the fake SMS centre has received so far, oldest first; a long one sent in parts
     * (each with its concatenation header) is put back together once all its parts are there.
     */
    public List<Sms> received() throws IOException {
        List<Sms> received = new ArrayList<>();
        Map<String, SortedMap<Integer, byte[]>> partsByMessage = new LinkedHashMap<>();
        for (String line : Files.readAllLines(smscOutput, StandardCharsets.UTF_8)) {
            Matcher message = RECEIVED.matcher(line);
            if (!message.find()) {
                continue;
            }
            String from = message.group(1);
            String to = message.group(2);
            String coding = message.group(3);
            String data = message.group(4);
            if (!coding.equals("udh")) {
                received.add(new Sms(from, to, coding, decode(coding, data)));
                continue;
            }
            // "udh <header> <coding> <data>"
            String[] fields = data.split(" ", 3);
            byte[] header = bytes(fields[0]);
            int total = header[header.length - 2];
            int sequence = header[header.length - 1];
            String key =
                    from + " " + to + " " + fields[1] + " " + Arrays.toString(Arrays.copyOf(header, header.length - 1));
            boolean text = fields[1].equals("text");
            partsByMessage
                    .computeIfAbsent(key, k -> new TreeMap<>())
                    .put(sequence, text ? fields[2].getBytes(StandardCharsets.ISO_8859_1) : bytes(fields[2]));
            SortedMap<Integer, byte[]> parts = partsByMessage.get(key);
            if (parts.size() == total) {
                java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
                parts.values().forEach(whole::writeBytes);
                received.add(
                        text
                                ? new Sms(from, to, "text", whole.toString(StandardCharsets.ISO_8859_1))
                                : new Sms(
                                        from, to, "ucs-2", new String(whole.toByteArray(), StandardCharsets.UTF_16BE)));
                partsByMessage.remove(key);
            }
        }
        return received;
    }

    /** The centre prints UCS-2 as URL-encoded big-endian bytes, and text as it is. */
    private static String decode(String coding, String data) {
        return coding.startsWith("ucs") ? new String(bytes(data), StandardCharsets.UTF_16BE) : data;
    }

    private static byte[] bytes(String urlEncoded) {
        return URLDecoder.decode(urlEncoded, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
    }

    private void run(Path dir, String name, String... command) throws IOException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        processes.add(process);
    }

    private static void awaitListening(int port, Path dir) {
        Awaitility.await("Kannel listens on " + port + "; see the logs in " + dir)
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    try (Socket ignored = new Socket("127.0.0.1", port)) {
                        return true;
                    }
                });
    }

    @Override
    public void close() {
        // the boxes first, then the centre and bearerbox
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
