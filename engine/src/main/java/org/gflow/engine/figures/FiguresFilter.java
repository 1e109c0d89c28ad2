package org.gflow.engine.figures;

/**
 * The filters a figures request takes, each an optional request parameter of the same name
 * ({@code ?from=2026-04-01&to=2026-04-30&organisation=bokeo}): one record for the dashboard, its
 * drill-down and its exports, so they read them alike. {@link #query()} checks them.
 *
 * @param from the first day of the period (year-month-day, Lao time); twelve weeks before {@code to} when left out
 * @param to the last day of the period; today when left out
 * @param organisation an organisation's code ({@code bokeo}); its supervisors' own when they name none
 * @param province a province's code
 * @param category a hotline category's code
 */
record FiguresFilter(String from, String to, String organisation, String province, String category) {

    /** The complaints these filters count; bad dates or a period the wrong way round are a 400 naming the field. */
    FiguresQuery query() {
        return FiguresQuery.of(from, to, organisation, province, category);
    }
}
