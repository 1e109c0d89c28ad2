package org.gflow.plugin.api.sms;

/**
 * Hands one text message to an SMS provider. The engine has already chosen the recipient, honoured
 * their opt-out, written the text in their language and normalised the number; the gateway only
 * speaks its provider's protocol.
 *
 * <p>{@link #send} runs on the engine's sender thread, outside any transaction, once per attempt of
 * a message. Delivery is at-least-once: after a crash between the provider's acceptance and the
 * engine's record of it, the message is sent again.
 */
public interface SmsGateway {

    /** The name an operator gives in {@code gflow.sms.gateway} to send through this gateway. */
    String name();

    /**
     * Returns when the provider has accepted the message.
     *
     * @param phoneNumber the number in international form, e.g. {@code +8562055123456}
     * @param text the message as the person reads it, Lao or English; the gateway chooses the coding
     * @throws SmsRefused when the provider will never accept this message: the engine gives it up
     * @throws Exception when the provider did not accept it now: the engine tries again later
     */
    void send(String phoneNumber, String text) throws Exception;
}
