package org.gflow.engine.figures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gflow.engine.vocabulary.Vocabulary;
import org.gflow.plugin.api.LaoTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the public may know of how the government answers the hotline: per organisation, over the
 * last twelve months, how many complaints it answered, how many on time and the median working
 * days it took. Counts only: no case, number, title or person; an organisation that answered fewer
 * than {@value #SMALLEST_GROUP} is listed without figures, so no small group can be picked out.
 */
@Component
class PublicFigures {

    /** Groups smaller than this are suppressed. */
    static final int SMALLEST_GROUP = 5;

    private final JdbcTemplate jdbc;

    PublicFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The published figures.
     *
     * @param from the first day counted (answers from then)
     * @param to the last day counted
     */
    @Schema(name = "PublicHotlineFigures")
    record View(LocalDate from, LocalDate to, int smallestGroup, List<Row> organisations) {}

    /**
     * One organisation's published figures; all three are left out when it answered fewer than the
     * smallest group published.
     *
     * @param suppressed true when its figures are withheld as too few to publish
     */
    @Schema(name = "PublicHotlineFiguresRow")
    record Row(
            String organisation,
            String lo,
            String en,
            boolean suppressed,
            Integer answered,
            Double onTimePercent,
            Double medianWorkingDays) {}

    View view() {
        LocalDate to = FiguresQuery.today();
        LocalDate from = to.minusMonths(12).plusDays(1);
        Map<String, List<Integer>> days = new TreeMap<>();
        Map<String, int[]> counts = new TreeMap<>();
        jdbc.query(
                "select organisation, answered_on_time, working_days_to_answer from gflow_complaint_fact "
                        + "where answered_at >= ? and answered_at < ? and organisation is not null",
                row -> {
                    String organisation = row.getString(1);
                    int[] count = counts.computeIfAbsent(organisation, key -> new int[2]);
                    count[0]++;
                    if (row.getBoolean(2)) {
                        count[1]++;
                    }
                    int working = row.getInt(3);
                    if (!row.wasNull()) {
                        days.computeIfAbsent(organisation, key -> new ArrayList<>())
                                .add(working);
                    }
                },
                Timestamp.from(from.atStartOfDay(LaoTime.ZONE).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(LaoTime.ZONE).toInstant()));
        List<Row> rows = new ArrayList<>();
        counts.forEach((organisation, count) -> {
            Vocabulary.Term term = HotlineFigures.term("organisation", organisation);
            if (count[0] < SMALLEST_GROUP) {
                rows.add(new Row(organisation, term.lo(), term.en(), true, null, null, null));
            } else {
                rows.add(new Row(
                        organisation,
                        term.lo(),
                        term.en(),
                        false,
                        count[0],
                        Figures.percent(count[1], count[0]),
                        Figures.median(days.getOrDefault(organisation, List.of()))));
            }
        });
        return new View(from, to, SMALLEST_GROUP, rows);
    }
}
