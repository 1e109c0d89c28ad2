package org.gflow.engine.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.gflow.engine.testing.KannelGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SMS channel against a real Kannel (bearerbox, smsbox and the fake SMS centre): Lao reaches
 * the phone as UCS-2, English as plain text, the number normalised for Laos; a number that is
 * none fails at once, and a refused password is tried again. Starts no engine.
 */
class KannelSmsChannelIT {

    private static KannelGateway kannel;

    @BeforeAll
    static void start() throws IOException {
        kannel = KannelGateway.start();
    }

    @AfterAll
    static void stop() {
        if (kannel != null) {
            kannel.close();
        }
    }

    @Test
    void laoTextReachesThePhoneAsUcs2() throws Exception {
        String text = "ເລກຕິດຕາມ 1516-2026-000042, ລະຫັດຕິດຕາມ K7P2QX9M. " + UUID.randomUUID();
        assertThat(channel(KannelGateway.PASSWORD).deliver(sms("020 9999 8888", text)))
                .isEqualTo(NotificationChannel.Outcome.SENT);

        KannelGateway.Sms received = receivedWith(text);
        assertThat(received.to()).isEqualTo("+8562099998888");
        assertThat(received.from()).isEqualTo("1516");
        assertThat(received.coding()).startsWith("ucs");
    }

    @Test
    void englishTextTravelsPlain() throws Exception {
        String text = "Tracking number 1516-2026-000043 " + UUID.randomUUID();
        channel(KannelGateway.PASSWORD).deliver(sms("+856 20 5512 3456", text));

        KannelGateway.Sms received = receivedWith(text);
        assertThat(received.to()).isEqualTo("+8562055123456");
        assertThat(received.coding()).isEqualTo("text");
    }

    @Test
    void aNumberThatIsNoneFailsAtOnceAndAWrongPasswordIsTriedAgain() {
        assertThatThrownBy(() -> channel(KannelGateway.PASSWORD).deliver(sms("12", "ເລກ")))
                .isInstanceOf(NotificationChannel.PermanentFailure.class);
        assertThatThrownBy(() -> channel("wrong").deliver(sms("020 9999 8888", "ເລກ")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("403")
                .hasMessageNotContaining("wrong");
    }

    private static KannelGateway.Sms receivedWith(String text) {
        return org.awaitility.Awaitility.await("the SMS centre receives " + text)
                .atMost(Duration.ofMinutes(1))
                .until(
                        () -> kannel.received().stream()
                                .filter(sms -> sms.text().equals(text))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static SmsChannel channel(String password) {
        SmsSettings settings = new SmsSettings(
                KannelSmsGateway.NAME,
                kannel.sendsmsUrl(),
                KannelGateway.USER,
                password,
                "1516",
                Duration.ofSeconds(20));
        return new SmsChannel(settings, new KannelSmsGateway(settings), name -> Optional.empty());
    }

    private static OutboxMessage sms(String phone, String text) {
        return new OutboxMessage(
                UUID.randomUUID().toString(), null, null, "citizen", phone, Recipient.SMS, "lo", "", text, null, 0);
    }
}
