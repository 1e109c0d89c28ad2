package org.gflow.processes.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates as Lao users type them are read as that day; what cannot be read is never guessed. */
class TypedDatesTest {

    private static final LocalDate NOVEMBER_30 = LocalDate.of(2029, 11, 30);

    @Test
    void readsDayFirstAndIso() {
        assertThat(TypedDates.parseDay("30/11/2029")).contains(NOVEMBER_30);
        assertThat(TypedDates.parseDay("30.11.2029")).contains(NOVEMBER_30);
        assertThat(TypedDates.parseDay("30-11-2029")).contains(NOVEMBER_30);
        assertThat(TypedDates.parseDay(" 2029-11-30 ")).contains(NOVEMBER_30);
        assertThat(TypedDates.parseDay("5/6/2029")).as("day first: 5 June").contains(LocalDate.of(2029, 6, 5));
    }

    @Test
    void refusesWhatItWouldHaveToGuess() {
        assertThat(TypedDates.parseDay("11/30/2029")).as("month first").isEmpty();
        assertThat(TypedDates.parseDay("29/02/2029")).as("not a leap year").isEmpty();
        assertThat(TypedDates.parseDay("30/11/29")).as("two-digit year").isEmpty();
        assertThat(TypedDates.parseDay("30/11.2029")).as("mixed separators").isEmpty();
        assertThat(TypedDates.parseDay("")).isEmpty();
        assertThat(TypedDates.isReadable("2029-11-30T10:00:00+07:00"))
                .as("an ISO moment")
                .isTrue();
    }

    @Test
    void rewritesOnlyWhatIsNotIsoAlready() {
        assertThat(TypedDates.isoIfRewritten("30.11.2029")).contains("2029-11-30");
        assertThat(TypedDates.isoIfRewritten("2029-11-30")).isEmpty();
        assertThat(TypedDates.isoIfRewritten("11/30/2029")).isEmpty();
    }
}
