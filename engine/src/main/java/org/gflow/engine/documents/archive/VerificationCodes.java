package org.gflow.engine.documents.archive;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes: 16 characters of base32 (A–Z, 2–7) from a strong random source, 80 bits,
 * so codes cannot be guessed or enumerated. The serial is for people; the code is the secret
 * that the QR code carries.
 */
public final class VerificationCodes {

    /** The length of every code. */
    public static final int LENGTH = 16;

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    /** What a malformed code is looked up as, so that it costs the same work as a real one. */
    private static final String NEVER_ISSUED = "1".repeat(LENGTH);

    private final SecureRandom random = new SecureRandom();

    /** A new random code. */
    public String generate() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /**
     * The code to look up for what a visitor typed: the code in upper case when well formed,
     * otherwise a value no code can have ('1' is not in the alphabet). Every character is
     * examined whatever it is, so how long the check takes does not tell where a code went wrong.
     */
    public static String lookupKey(String typed) {
        String candidate = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        boolean wellFormed = candidate.length() == LENGTH;
        for (int i = 0; i < LENGTH; i++) {
            char character = i < candidate.length() ? candidate.charAt(i) : '!';
            wellFormed &= ALPHABET.indexOf(character) >= 0;
        }
        return wellFormed ? candidate : NEVER_ISSUED;
    }
}
