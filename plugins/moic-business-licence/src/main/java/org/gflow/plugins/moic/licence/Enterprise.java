package org.gflow.plugins.moic.licence;

import java.time.LocalDate;

/**
 * One enterprise of the registry.
 *
 * @param active false once the enterprise is dissolved or suspended
 */
public record Enterprise(
        EnterpriseNumber number,
        String nameLao,
        String nameEnglish,
        String province,
        String businessType,
        LocalDate registeredOn,
        boolean active) {}
