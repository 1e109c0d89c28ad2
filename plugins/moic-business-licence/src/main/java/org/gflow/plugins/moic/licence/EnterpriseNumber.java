package org.gflow.plugins.moic.licence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An enterprise registration number of the MOIC registry: the two-digit code of the province
 * that registered it (01 Vientiane Capital … 18 Xaisomboun) and a seven-digit serial, written
 * {@code 01-0001234}. Applicants also write it without the dash or with spaces.
 */
public record EnterpriseNumber(int provinceCode, int serial) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{2})[\\s-]*(\\d{7})");
    private static final int LAST_PROVINCE = 18;

    public EnterpriseNumber {
        if (provinceCode < 1 || provinceCode > LAST_PROVINCE) {
            throw new IllegalArgumentException("province code " + provinceCode + " is not 01–18");
        }
    }

    /** The number as written by an applicant, or empty when it is not an enterprise number. */
    public static Optional<EnterpriseNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = WRITTEN.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int province = Integer.parseInt(matcher.group(1));
        if (province < 1 || province > LAST_PROVINCE) {
            return Optional.empty();
        }
        return Optional.of(new EnterpriseNumber(province, Integer.parseInt(matcher.group(2))));
    }

    /** The canonical form, {@code PP-SSSSSSS}. */
    @Override
    public String toString() {
        return String.format("%02d-%07d", provinceCode, serial);
    }
}
