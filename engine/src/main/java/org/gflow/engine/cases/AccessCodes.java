package org.gflow.engine.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The access code a citizen gets with a case's public reference — a complaint's tracking
 * number, a permit's application reference: references are counted up and easy to guess, so
 * looking a case up needs both. Eight characters without look-alikes (no 0/O, 1/I/L), read out
 * on the phone, printed on a receipt or sent by SMS. The case keeps only a hash of it, bound to
 * its reference.
 */
public final class AccessCodes {

    /** The case variable holding the hash. */
    public static final String VARIABLE = "trackingCodeHash";

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCodes() {}

    public static String issue() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * Gives the case this code, replacing any before: the case keeps only its hash. Run again when
     * it meets another change of the case ({@link ReplaceAccessCodeCmd}).
     */
    public static void store(ProcessEngine engine, String caseId, String reference, String code) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(new ReplaceAccessCodeCmd(caseId, reference, code));
    }

    public static String hash(String reference, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((reference + ":" + normalise(code)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Compares in constant time; a missing code or hash never matches. */
    public static boolean matches(String storedHash, String reference, String code) {
        if (storedHash == null || code == null || code.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(
                storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(reference, code).getBytes(StandardCharsets.US_ASCII));
    }

    /** Citizens type codes in any case, with spaces or a dash in the middle. */
    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
