package org.gflow.engine.figures;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.security.CurrentUser;
import org.gflow.engine.vocabulary.Vocabulary;
import org.gflow.plugin.api.LaoTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboards' figures: two indexed range reads of the facts (complaints received in the
 * period; complaints answered in it, for the trend), counted per organisation, province or
 * category, for what the reader may see ({@link FiguresAccess}).
 */
@Component
public class HotlineFigures {

    static final List<String> GROUPINGS = List.of("organisation", "province", "category");

    private final NamedParameterJdbcTemplate jdbc;
    private final FiguresAccess access;

    HotlineFigures(JdbcTemplate jdbc, FiguresAccess access) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.access = access;
    }

    /** The figures of this query as this reader may see them; 403 for figures they may not. */
    FiguresReport report(FiguresQuery asked, String groupBy, CurrentUser user) {
        String grouping = groupBy == null || groupBy.isBlank() ? "organisation" : groupBy.strip();
        if (!GROUPINGS.contains(grouping)) {
            throw new BadRequestException("groupBy", "Group by organisation, province or category.");
        }
        FiguresAccess.Scoped scoped = access.scoped(asked, user);
        return report(scoped, grouping, visibleOrganisations(scoped));
    }

    FiguresAccess.Scoped scoped(FiguresQuery asked, CurrentUser user) {
        return access.scoped(asked, user);
    }

    FiguresReport report(FiguresAccess.Scoped scoped, String grouping, List<String> organisations) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<FactRows.Fact> received = FactRows.received(jdbc, scoped);
        List<FactRows.Fact> answered = FactRows.answered(jdbc, scoped);
        FiguresQuery query = scoped.query();
        return new FiguresReport(
                query.from(),
                query.to(),
                query.organisation(),
                query.province(),
                query.category(),
                grouping,
                Figures.of(received, now),
                groups(received, grouping, now),
                weeks(query, received, answered),
                organisations);
    }

    private static List<FiguresReport.Group> groups(List<FactRows.Fact> facts, String grouping, Instant now) {
        Function<FactRows.Fact, String> key = switch (grouping) {
            case "province" -> FactRows.Fact::province;
            case "category" -> FactRows.Fact::category;
            default -> FactRows.Fact::organisation;
        };
        Map<String, List<FactRows.Fact>> byGroup = facts.stream()
                .collect(Collectors.groupingBy(
                        fact -> Optional.ofNullable(key.apply(fact)).orElse(""), TreeMap::new, Collectors.toList()));
        List<FiguresReport.Group> rows = new ArrayList<>();
        byGroup.forEach((code, members) -> {
            Vocabulary.Term term = term(grouping, code);
            rows.add(new FiguresReport.Group(code, term.lo(), term.en(), Figures.of(members, now)));
        });
        return rows;
    }

    /** The names of a group's code, from the one vocabulary; a code it does not know is shown as it is. */
    static Vocabulary.Term term(String grouping, String code) {
        Vocabulary vocabulary = Vocabulary.standard();
        if (code.isEmpty()) {
            return new Vocabulary.Term("", "ຍັງບໍ່ໄດ້ມອບໝາຍ", "Not routed yet");
        }
        Optional<Vocabulary.Term> term = switch (grouping) {
            case "province" -> vocabulary.province(code);
            case "category" -> vocabulary.hotlineCategory(code);
            default -> vocabulary.organisation(code).map(Vocabulary.Organisation::term);
        };
        return term.orElse(new Vocabulary.Term(code, code, code));
    }

    /** Every ISO week the period touches, oldest first, with what came in and what was answered. */
    private static List<FiguresReport.Week> weeks(
            FiguresQuery query, List<FactRows.Fact> received, List<FactRows.Fact> answered) {
        Map<LocalDate, int[]> weeks = new LinkedHashMap<>();
        for (LocalDate monday = monday(query.from()); !monday.isAfter(query.to()); monday = monday.plusWeeks(1)) {
            weeks.put(monday, new int[2]);
        }
        received.forEach(fact -> count(weeks, fact.receivedAt(), 0));
        answered.forEach(fact -> count(weeks, fact.answeredAt(), 1));
        List<FiguresReport.Week> trend = new ArrayList<>();
        weeks.forEach((monday, counts) -> trend.add(new FiguresReport.Week(
                monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                        + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                monday,
                counts[0],
                counts[1])));
        return trend;
    }

    private static void count(Map<LocalDate, int[]> weeks, Instant at, int which) {
        int[] counts = weeks.get(monday(LocalDate.ofInstant(at, LaoTime.ZONE)));
        if (counts != null) {
            counts[which]++;
        }
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The organisations a reader may pick in the dashboard's filter. */
    private static List<String> visibleOrganisations(FiguresAccess.Scoped scoped) {
        if (!scoped.organisations().isEmpty()) {
            return List.copyOf(scoped.organisations());
        }
        return Vocabulary.standard().organisations().stream()
                .map(Vocabulary.Organisation::code)
                .toList();
    }
}
