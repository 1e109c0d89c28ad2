package org.gflow.engine.notify;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * A phone number as a person in Laos writes it ({@code 020 9999 8888}, {@code 030-5123456},
 * {@code +856 20 99998888}) in the one form an SMS gateway takes: E.164, {@code +8562099998888}.
 * Read with libphonenumber as dialled in Laos, like the personal-data rule of the public pages.
 */
final class LaoPhoneNumbers {

    private static final String LAOS = "LA";

    private LaoPhoneNumbers() {}

    /** @return the E.164 form, or empty when it is no valid number */
    static Optional<String> e164(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber number = phones.parse(written, LAOS);
            return phones.isValidNumber(number)
                    ? Optional.of(phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
