package org.gflow.engine.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.gflow.engine.Api;
import org.gflow.engine.GFlowApplication;
import org.gflow.engine.StartBody;
import org.gflow.engine.testing.KannelGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.threeten.extra.MutableClock;

/**
 * A citizen's complaint filed on the public page reaches them by e-mail, read back from a real
 * SMTP server (GreenMail, in this JVM) — in Lao or in English, as they filed — and a restarted
 * sender sends nothing twice; an SMTP server that cannot be reached gets the message again with
 * doubling waits until it fails, and the case's office sees that in the case's history. The
 * citizen's SMS goes through a real Kannel and is read back from its fake SMS centre.
 *
 * <p>Starts an engine of its own, with the scheduled sender off: the test drives every sender and
 * moves their clocks by hand, and lets messages fail, which must not touch the shared engine's cases.
 */
@Tag("own-engine")
class NotificationMailIT {

    private static GreenMail smtp;
    private static KannelGateway kannel;
    private static ConfigurableApplicationContext engine;
    private static String baseUrl;

    @BeforeAll
    static void start() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        kannel = KannelGateway.start();
        Path data = Files.createTempDirectory(
                Files.createDirectories(Path.of("target").toAbsolutePath()), "mail-");
        engine = new SpringApplicationBuilder(GFlowApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--gflow.data-dir=" + data,
                        "--gflow.db.url=jdbc:h2:mem:mail;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                        "--gflow.plugins.install-bundled=false",
                        "--gflow.notify.enabled=false",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--gflow.sms.url=" + kannel.sendsmsUrl(),
                        "--gflow.sms.username=" + KannelGateway.USER,
                        "--gflow.sms.password=" + KannelGateway.PASSWORD,
                        "--gflow.sms.from=1516");
        baseUrl = "http://localhost:" + engine.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (engine != null) {
            engine.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (kannel != null) {
            kannel.close();
        }
    }

    @Test
    void theCitizenReadsTheirNumberAndCodeInTheLanguageTheyFiledIn() throws Exception {
        String laoReader = "lo-" + UUID.randomUUID() + "@example.la";
        String englishReader = "en-" + UUID.randomUUID() + "@example.com";
        Map<String, String> lao = file(laoReader, "lo");
        Map<String, String> english = file(englishReader, "en");

        OutboxSender sender = engine.getBean(OutboxSchedule.class).sender();
        Api.eventually("both e-mails are accepted", () -> {
            sender.sendDue();
            return received(laoReader).size() == 1 && received(englishReader).size() == 1;
        });

        MimeMessage inLao = received(laoReader).get(0);
        assertThat(inLao.getSubject()).isEqualTo("ໄດ້ຮັບຄຳຮ້ອງທຸກຂອງທ່ານແລ້ວ: " + lao.get("trackingNumber"));
        assertThat(plain(inLao))
                .contains("ເລກຕິດຕາມ " + lao.get("trackingNumber"))
                .contains("ລະຫັດຕິດຕາມ " + lao.get("trackingCode"));
        assertThat(html(inLao))
                .contains("<html lang=\"lo\"")
                .contains("<strong>" + lao.get("trackingNumber") + "</strong>");
        assertThat(inLao.getMessageID()).isEqualTo("<notification." + rowOf(lao, laoReader) + "@gflow.gov.la>");
        assertThat(inLao.getFrom()).extracting(Address::toString).containsExactly("G-Flow <no-reply@gflow.gov.la>");

        MimeMessage inEnglish = received(englishReader).get(0);
        assertThat(inEnglish.getSubject())
                .isEqualTo("We have received your complaint: " + english.get("trackingNumber"));
        assertThat(plain(inEnglish)).contains("access code " + english.get("trackingCode"));
        assertThat(html(inEnglish)).contains("<html lang=\"en\"").contains("Do not share the code");
        assertThat(inEnglish.getMessageID())
                .isEqualTo("<notification." + rowOf(english, englishReader) + "@gflow.gov.la>");

        assertThat(engine.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                        .counter("gflow.notifications", "channel", "email", "outcome", "sent")
                        .count())
                .isGreaterThanOrEqualTo(2);

        // 1. The engine restarts: a new sender over the same outbox finds nothing left to send.
        newSender(Clock.systemUTC(), mailSender(smtp.getSmtp().getPort())).sendDue();
        assertThat(received(laoReader)).hasSize(1);
        assertThat(received(englishReader)).hasSize(1);
        assertThat(queue(Clock.systemUTC())
                        .delivery(rowOf(lao, laoReader))
                        .orElseThrow()
                        .status())
                .isEqualTo(OutboxQueue.SENT);
    }

    @Test
    void aMessageClaimedByANodeThatDiedIsSentOnceItsLeaseRunsOut() throws Exception {
        String reader = "lease-" + UUID.randomUUID() + "@example.la";
        MutableClock clock =
                MutableClock.of(Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        Map<String, String> filed = file(reader, "lo");

        // 1. A node claims the message and dies before sending it.
        List<OutboxMessage> claimed =
                queue(clock).claim("node-that-died", List.of(Recipient.EMAIL), 100, Duration.ofMinutes(2));
        assertThat(claimed).extracting(OutboxMessage::recipient).contains(reader);

        // 2. Another node looks while the lease holds: it must leave the message alone.
        OutboxSender survivor = newSender(clock, mailSender(smtp.getSmtp().getPort()));
        survivor.sendDue();
        assertThat(received(reader)).isEmpty();

        // 3. The lease runs out: the survivor sends it, once.
        clock.add(Duration.ofMinutes(3));
        survivor.sendDue();
        survivor.sendDue();
        assertThat(received(reader)).hasSize(1);
        assertThat(queue(clock).delivery(rowOf(filed, reader)).orElseThrow().status())
                .isEqualTo(OutboxQueue.SENT);
    }

    @Test
    void anUnreachableMailServerIsTriedWithBackOffThenTheOfficeIsTold() throws Exception {
        String reader = "refused-" + UUID.randomUUID() + "@example.la";
        Map<String, String> filed = file(reader, "lo");
        String row = rowOf(filed, reader);
        MutableClock clock =
                MutableClock.of(Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        OutboxSender sender = newSender(clock, mailSender(portWithNothing()));
        OutboxQueue queue = queue(clock);

        // 1. The first attempt fails: the next waits a minute, and nothing is tried before then.
        sender.sendDue();
        OutboxQueue.Delivery first = queue.delivery(row).orElseThrow();
        assertThat(first.status()).isEqualTo(OutboxQueue.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isNotBlank();
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        sender.sendDue();
        assertThat(queue.delivery(row).orElseThrow().attempts()).isEqualTo(1);

        // 2. The second waits twice as long.
        clock.add(Duration.ofMinutes(1));
        sender.sendDue();
        OutboxQueue.Delivery second = queue.delivery(row).orElseThrow();
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        // 3. The third and last fails for good, and the case's history tells the office.
        clock.add(Duration.ofMinutes(2));
        sender.sendDue();
        assertThat(queue.delivery(row).orElseThrow().status()).isEqualTo(OutboxQueue.FAILED);
        clock.add(Duration.ofHours(1));
        sender.sendDue();
        assertThat(queue.delivery(row).orElseThrow().attempts()).isEqualTo(3);
        assertThat(received(reader)).isEmpty();

        String caseId = engine.getBean(HistoryService.class)
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(filed.get("trackingNumber"))
                .singleResult()
                .getId();
        Api triage = Api.as(baseUrl, "vilayvanh.opm");
        Api.Reply timeline = triage.get("/api/inbox/cases/" + caseId + "/timeline");
        assertThat(timeline.status()).as(timeline.raw().body()).isEqualTo(200);
        assertThat(timeline.raw().body()).contains("ບໍ່ສຳເລັດ").contains(reader);

        // the case's messages say the same, with the address shown only in part
        Api.Reply messages = triage.get("/api/inbox/cases/" + caseId + "/messages");
        assertThat(messages.status()).as(messages.raw().body()).isEqualTo(200);
        JsonNode failed = StreamSupport.stream(messages.json().spliterator(), false)
                .filter(message -> message.path("channel").asText().equals("email"))
                .findFirst()
                .orElseThrow();
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("attempts").asInt()).isEqualTo(3);
        assertThat(failed.path("lastError").asText()).isNotBlank();
        assertThat(failed.path("recipient").asText()).isEqualTo("r…@example.la");
        assertThat(messages.raw().body()).doesNotContain(reader).doesNotContain(filed.get("trackingCode"));
        assertThat(Api.as(baseUrl, "ounkham.moic")
                        .get("/api/inbox/cases/" + caseId + "/messages")
                        .status())
                .as("another ministry's civil servant")
                .isIn(403, 404);
    }

    @Test
    void theCitizenGetsTheirCodeBySmsInLaoUnlessTheySaidNoToSms() throws Exception {
        String phone = "020 5" + (1_000_000 + new java.util.Random().nextInt(9_000_000));
        Map<String, String> filed = file(Map.of("citizenPhone", phone, "citizenLanguage", "lo"));
        Map<String, String> optedOut =
                file(Map.of("citizenPhone", "020 9999 8888", "citizenSmsOptOut", true, "citizenLanguage", "lo"));

        OutboxSender sender = engine.getBean(OutboxSchedule.class).sender();
        String e164 = "+856" + phone.replace(" ", "").substring(1);
        Api.eventually("the SMS reaches the SMS centre", () -> {
            sender.sendDue();
            return smsTo(e164).size() == 1;
        });
        KannelGateway.Sms sms = smsTo(e164).get(0);
        assertThat(sms.text())
                .contains("ເລກຕິດຕາມ " + filed.get("trackingNumber"))
                .contains("ລະຫັດຕິດຕາມ " + filed.get("trackingCode"));
        assertThat(sms.coding()).startsWith("ucs");
        assertThat(queue(Clock.systemUTC()).ofCase(optedOut.get("trackingNumber")))
                .extracting(OutboxMessage::channel)
                .containsExactly(Recipient.STATUS_PAGE);
    }

    @Test
    void anApplicantWhoFiledInEnglishIsAskedForMissingDocumentsInEnglish() throws Exception {
        String email = "applicant-" + UUID.randomUUID() + "@example.com";
        Api frontOffice = Api.as(baseUrl, "bouasone.moic");
        Api.Reply started = frontOffice.post(
                "/engine-rest/process-definition/key/permit/start",
                StartBody.permit("business-licence", "Saylom <Trading> Co.", "small", 150_000_000L)
                        .with("applicantEmail", email)
                        .with("applicantLanguage", "en")
                        .json());
        assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
        String caseId = started.text("id");
        String tasks = "/engine-rest/task?processInstanceId=" + caseId + "&taskDefinitionKey=checkCompleteness";
        Api.eventually(
                "the completeness check is offered",
                () -> frontOffice.get(tasks).json().size() == 1);
        String task = frontOffice.get(tasks).json().get(0).path("id").asText();
        Api.Reply completed = frontOffice.post(
                "/engine-rest/task/" + task + "/complete",
                Map.of(
                        "variables",
                        Map.of(
                                "documentsComplete", Map.of("value", false),
                                "missingDocuments", Map.of("value", "tax certificate"))));
        assertThat(completed.status()).as(completed.raw().body()).isIn(200, 204);

        OutboxSender sender = engine.getBean(OutboxSchedule.class).sender();
        Api.eventually("the applicant is e-mailed", () -> {
            sender.sendDue();
            return received(email).size() == 1;
        });
        MimeMessage mail = received(email).get(0);
        assertThat(mail.getSubject()).isEqualTo("Your permit application is missing documents");
        assertThat(plain(mail)).startsWith("Dear Saylom <Trading> Co., ").contains("tax certificate");
        assertThat(html(mail)).contains("Dear Saylom &lt;Trading&gt; Co.,").doesNotContain("<Trading>");
    }

    @Test
    void anOfficeIsEMailedAtItsMembersDirectoryAddressesInLao() throws Exception {
        String subject = "ໜັງສືເຂົ້າ: ທົດສອບ " + UUID.randomUUID();
        engine.getBean(Notifications.class)
                .record(
                        "office-test:" + UUID.randomUUID(),
                        null,
                        null,
                        Notifier.inbox("group", "opm-hotline-triage"),
                        NotificationTexts.in(Languages.LAO)
                                .render(
                                        "letter.distributed",
                                        Map.of("registryNumber", "OPM-2026-0001", "subject", subject)));

        OutboxSender sender = engine.getBean(OutboxSchedule.class).sender();
        Api.eventually("the office's members are e-mailed", () -> {
            sender.sendDue();
            return received("vilayvanh@opm.gov.la").stream()
                    .anyMatch(m -> subjectOf(m).contains(subject));
        });
        MimeMessage mail = received("vilayvanh@opm.gov.la").stream()
                .filter(m -> subjectOf(m).contains(subject))
                .findFirst()
                .orElseThrow();
        assertThat(plain(mail)).contains("OPM-2026-0001").contains("ເປີດອ່ານໄດ້ໃນກ່ອງວຽກ G-Flow");
        assertThat(mail.getHeader("Content-Language")).containsExactly("lo");
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<KannelGateway.Sms> smsTo(String e164) {
        try {
            return kannel.received().stream()
                    .filter(sms -> sms.to().equals(e164))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> file(String email, String language) {
        return file(Map.of("citizenEmail", email, "citizenLanguage", language));
    }

    private static Map<String, String> file(Map<String, Object> contact) {
        Map<String, Object> complaint = new java.util.HashMap<>(Map.of(
                "complaintText", "ໄຟຟ້າເສັ້ນທາງບ້ານດົງໂດກມືດມາໄດ້ສອງອາທິດແລ້ວ",
                "category", "public-service",
                "province", "vientiane"));
        complaint.putAll(contact);
        Api.Reply filed = Api.anonymous(baseUrl).post("/api/public/hotline/complaints", complaint);
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        return Map.of("trackingNumber", filed.text("trackingNumber"), "trackingCode", filed.text("trackingCode"));
    }

    private static String rowOf(Map<String, String> filed, String email) {
        return queue(Clock.systemUTC()).ofCase(filed.get("trackingNumber")).stream()
                .filter(message -> message.recipient().equals(email))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static OutboxQueue queue(Clock clock) {
        return new OutboxQueue(engine.getBean(JdbcTemplate.class), clock);
    }

    /** A sender as a freshly started node builds it, with its own mail server and clock. */
    private static OutboxSender newSender(Clock clock, JavaMailSender mail) {
        NotifySettings settings = new NotifySettings(
                true,
                Duration.ofSeconds(5),
                20,
                Duration.ofMinutes(2),
                3,
                Duration.ofMinutes(1),
                Duration.ofMinutes(10),
                "G-Flow <no-reply@gflow.gov.la>",
                "gflow.gov.la");
        EmailChannel email = new EmailChannel(
                new StaticListableBeanFactory(Map.of("mail", mail)).getBeanProvider(JavaMailSender.class),
                engine.getBean(DirectoryAddresses.class),
                engine.getBean(MailLayout.class),
                settings);
        return new OutboxSender(
                queue(clock),
                List.of(email),
                engine.getBean(DeliveryFailures.class),
                settings,
                clock,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    private static JavaMailSender mailSender(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "10000");
        return mail;
    }

    private static int portWithNothing() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<MimeMessage> received(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equals(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String plain(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    private static String html(MimeMessage message) throws Exception {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) throws Exception {
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
