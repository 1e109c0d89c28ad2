package org.gflow.engine.hotline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The access code a citizen gets with a tracking number: tracking numbers are counted up and
 * easy to guess, so looking a complaint up needs both. Eight characters without look-alikes
 * (no 0/O, 1/I/L), read out on the phone or sent by SMS. The case keeps only a hash of it,
 * bound to its tracking number.
 */
final class TrackingCodes {

    /** The case variable holding the hash. */
    static final String VARIABLE = "trackingCodeHash";

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String issue() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String hash(String trackingNumber, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((trackingNumber + ":" + normalise(code)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Compares in constant time; a missing code or hash never matches. */
    static boolean matches(String storedHash, String trackingNumber, String code) {
        if (storedHash == null || code == null || code.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
            hash(trackingNumber, code).getBytes(StandardCharsets.US_ASCII));
    }

    /** Citizens type codes in any case, with spaces or a dash in the middle. */
    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
