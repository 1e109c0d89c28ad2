package org.gflow.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.gflow.engine.testing.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The number series on H2, the embedded default; and the year of a number in Lao time. */
class NumberSeriesTest extends NumberSeriesContract {

    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }

    @Test
    void theYearOfANumberIsTheYearInLaos() {
        // 23:00 on 31 December in Vientiane, then 01:00 on 1 January (still 31 December in UTC)
        NumberSeriesService lastEvening = new NumberSeriesService(dataSource(), at("2025-12-31T16:00:00Z"));
        NumberSeriesService newYearsNight = new NumberSeriesService(dataSource(), at("2025-12-31T18:00:00Z"));

        assertThat(lastEvening.issue("test-new-year", "old-case").format("1516", 6))
                .isEqualTo("1516-2025-000001");
        assertThat(newYearsNight.issue("test-new-year", "new-case").format("1516", 6))
                .isEqualTo("1516-2026-000001");
        // a step retried after midnight keeps the number it had
        assertThat(newYearsNight.issue("test-new-year", "old-case")).isEqualTo(new IssuedNumber(2025, 1));
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
