package org.gflow.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import org.gflow.plugin.api.LaoTime;
import org.junit.jupiter.api.Test;

/**
 * Lao time has one source, {@link LaoTime}: no other class names a time zone, and none reads
 * the year or the date in the server's zone — on a UTC server that would put numbers issued
 * before 07:00 on 1 January into the old year.
 */
class LaoTimeRuleTest {

    private static final JavaClasses GFLOW = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.gflow");

    @Test
    void onlyLaoTimeNamesTheTimeZone() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(LaoTime.class)
                .should()
                .callMethod(ZoneId.class, "of", String.class)
                .because("the Lao time zone is defined once, in LaoTime")
                .check(GFLOW);
    }

    @Test
    void noYearOrDateIsReadInTheServersZone() {
        noClasses()
                .should()
                .callMethod(Year.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .because("a year or a date is Lao time: LaoTime.year(clock), LaoTime.today(clock)")
                .check(GFLOW);
    }
}
