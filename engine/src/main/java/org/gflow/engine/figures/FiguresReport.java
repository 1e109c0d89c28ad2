package org.gflow.engine.figures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A dashboard's answer: the period and filters it counts, the totals, one row per group and the
 * weekly trend.
 *
 * @param groupBy what the rows are per: {@code organisation}, {@code province} or {@code category}
 * @param organisations the organisations the reader may choose from (all for the Office)
 */
@Schema(name = "HotlineFiguresReport")
public record FiguresReport(
        LocalDate from,
        LocalDate to,
        String organisation,
        String province,
        String category,

        @Schema(allowableValues = {"organisation", "province", "category"})
        String groupBy,

        Figures totals,
        List<Group> rows,
        List<Week> weeks,
        List<String> organisations) {

    /**
     * The figures of one organisation, province or category.
     *
     * @param code its code ({@code moic}, {@code bokeo}, {@code land}); "" for complaints not routed yet
     * @param lo its Lao name
     * @param en its English name
     */
    @Schema(name = "HotlineFiguresGroup")
    public record Group(String code, String lo, String en, Figures figures) {}

    /**
     * One ISO week of the trend.
     *
     * @param week the ISO week, {@code 2026-W47}
     * @param starts its Monday
     * @param received complaints received that week
     * @param answered complaints first answered that week
     */
    @Schema(name = "HotlineFiguresWeek")
    public record Week(String week, LocalDate starts, int received, int answered) {}
}
