package org.gflow.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.security.CurrentUser;
import org.gflow.plugin.api.LaoTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator adds a public holiday through {@code /api/admin/holidays} and the engine's
 * deadlines computed afterwards skip it; nobody else may edit the list, by any door.
 */
class PublicHolidaysIT extends EngineIT {

    private static final String OFFICER = "vilayvanh.opm";

    @Autowired
    private ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    private PublicHolidayService holidays;

    @Test
    void anAddedHolidayMovesDeadlinesComputedAfterIt() {
        // a Tuesday of its own, in a year no other test counts deadlines in
        LocalDate tuesday = LocalDate.of(
                        2090 + ThreadLocalRandom.current().nextInt(10),
                        1 + ThreadLocalRandom.current().nextInt(11),
                        1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY))
                .plusWeeks(1);
        Date mondayMorning = lao(tuesday.minusDays(1), LocalTime.of(9, 0));
        BusinessCalendar durations =
                engineConfiguration.getBusinessCalendarManager().getBusinessCalendar(DurationBusinessCalendar.NAME);
        assertThat(durations.resolveDuedate("P1D", mondayMorning)).isEqualTo(lao(tuesday, LocalTime.of(16, 0)));

        Api admin = Api.as(baseUrl(), "admin");
        Api.Reply added = admin.post(
                "/api/admin/holidays",
                Map.of("date", tuesday.toString(), "nameLo", "ວັນພັກທົດລອງ", "nameEn", "Test holiday"));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
        assertThat(added.json().path("year").asInt()).isEqualTo(tuesday.getYear());

        Api.Reply year = admin.get("/api/admin/holidays?year=" + tuesday.getYear());
        assertThat(year.json().findValuesAsText("date")).contains(tuesday.toString());
        assertThat(durations.resolveDuedate("P1D", mondayMorning))
                .as("one working day after Monday skips the new Tuesday holiday")
                .isEqualTo(lao(tuesday.plusDays(1), LocalTime.of(16, 0)));
        assertThat(admin.post(
                                "/api/admin/holidays",
                                Map.of("date", tuesday.toString(), "nameLo", "ຊ້ຳ", "nameEn", "Again"))
                        .status())
                .isEqualTo(409);

        assertThat(admin.delete("/api/admin/holidays/" + tuesday).status()).isEqualTo(204);
        assertThat(durations.resolveDuedate("P1D", mondayMorning)).isEqualTo(lao(tuesday, LocalTime.of(16, 0)));
        assertThat(admin.delete("/api/admin/holidays/" + tuesday).status()).isEqualTo(404);
    }

    @Test
    void theSeededYearHasPiMai() {
        Api.Reply year = Api.as(baseUrl(), "admin").get("/api/admin/holidays?year=2026");
        assertThat(year.status()).isEqualTo(200);
        assertThat(year.json().findValuesAsText("date")).contains("2026-04-14", "2026-04-15", "2026-04-16");
        assertThat(year.json().findValuesAsText("nameLo")).contains("ບຸນປີໃໝ່ລາວ");
    }

    @Test
    void onlyAdministratorsEditTheHolidays() {
        LocalDate day = LocalDate.of(2099, 6, 15);
        Api officer = Api.as(baseUrl(), OFFICER);
        Api.Reply refused =
                officer.post("/api/admin/holidays", Map.of("date", day.toString(), "nameLo", "ບໍ່", "nameEn", "No"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(officer.delete("/api/admin/holidays/2026-04-14").status()).isEqualTo(403);
        assertThat(officer.get("/api/admin/holidays?year=2026").status()).isEqualTo(403);

        // the same check behind the web layer, for any other door to the service
        assertThatThrownBy(() -> holidays.add(
                        new CurrentUser(OFFICER, List.of("opm-hotline-triage")), new NewHoliday(day, "ບໍ່", "No")))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        refusal -> assertThat(refusal.problem().getStatus()).isEqualTo(403));
        assertThat(Api.as(baseUrl(), "admin")
                        .get("/api/admin/holidays?year=2099")
                        .json()
                        .findValuesAsText("date"))
                .doesNotContain(day.toString());
    }

    @Test
    void malformedHolidaysAreRefusedWithTheField() {
        Api admin = Api.as(baseUrl(), "admin");
        Api.Reply noName =
                admin.post("/api/admin/holidays", Map.of("date", "2098-03-03", "nameLo", " ", "nameEn", "x"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.raw().body()).contains("nameLo");
        assertThat(admin.get("/api/admin/holidays?year=1200").status()).isEqualTo(400);
    }

    private static Date lao(LocalDate date, LocalTime time) {
        return Date.from(date.atTime(time).atZone(LaoTime.ZONE).toInstant());
    }
}
