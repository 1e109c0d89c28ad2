package org.gflow.engine.figures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The hotline's figures for a set of complaints received in a period.
 *
 * @param received complaints received
 * @param open still waiting for an answer now (never answered, or reopened)
 * @param overdue open past their working-day deadline now
 * @param answered answered at least once
 * @param answeredOnTime answered by their deadline
 * @param onTimePercent answered on time out of answered, in percent (one decimal); null when none answered
 * @param medianWorkingDays median working days from receipt to the first answer; null when none answered
 * @param reopened answered complaints the citizen reopened
 * @param reopenRate reopened out of answered, in percent (one decimal); null when none answered
 * @param ratings answers the citizens rated
 * @param averageRating the average rating (1–5, two decimals); null when none rated
 */
@Schema(name = "HotlineFigures")
public record Figures(
        int received,
        int open,
        int overdue,
        int answered,
        int answeredOnTime,
        Double onTimePercent,
        Double medianWorkingDays,
        int reopened,
        Double reopenRate,
        int ratings,
        Double averageRating) {

    /** Counts these complaints as seen at {@code now}. */
    static Figures of(Collection<FactRows.Fact> facts, Instant now) {
        int open = 0;
        int overdue = 0;
        int answered = 0;
        int onTime = 0;
        int reopened = 0;
        int ratings = 0;
        int stars = 0;
        List<Integer> days = new ArrayList<>();
        for (FactRows.Fact fact : facts) {
            if (fact.open()) {
                open++;
            }
            if (fact.overdue(now)) {
                overdue++;
            }
            if (fact.answeredAt() != null) {
                answered++;
                if (Boolean.TRUE.equals(fact.answeredOnTime())) {
                    onTime++;
                }
                if (fact.workingDaysToAnswer() != null) {
                    days.add(fact.workingDaysToAnswer());
                }
                if (fact.reopenCount() > 0) {
                    reopened++;
                }
            }
            if (fact.rating() != null) {
                ratings++;
                stars += fact.rating();
            }
        }
        return new Figures(
                facts.size(),
                open,
                overdue,
                answered,
                onTime,
                percent(onTime, answered),
                median(days),
                reopened,
                percent(reopened, answered),
                ratings,
                ratings == 0 ? null : Math.round(stars * 100.0 / ratings) / 100.0);
    }

    static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    /** The middle value; for an even count the mean of the middle two. */
    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle).doubleValue()
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
