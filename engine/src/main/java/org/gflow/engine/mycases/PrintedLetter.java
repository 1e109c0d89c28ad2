package org.gflow.engine.mycases;

import java.util.Date;
import java.util.List;

/**
 * A letter as its print view shows it for the paper file: its subject and text as signed, the
 * ministry that sends it, its registry number and when it was registered, and to whom it goes.
 * The issued PDF with its serial and verification code is among the case's documents.
 */
public record PrintedLetter(
        String caseId,
        String subject,
        String letterBody,
        String ministry,
        String registryNumber,
        Date registeredAt,
        List<String> recipients,
        boolean ended) {}
