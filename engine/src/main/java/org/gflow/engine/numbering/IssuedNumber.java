package org.gflow.engine.numbering;

/**
 * A number issued in a series: the year it belongs to and its place in that year.
 *
 * @param year the year, in Lao time, when it was issued
 * @param number 1, 2, 3, … within the series and year
 */
public record IssuedNumber(int year, long number) {

    /**
     * The written form every G-Flow series uses, {@code <prefix>-<year>-<number>}: e.g. prefix
     * {@code 1516} and 6 digits give {@code 1516-2026-000042}.
     *
     * @param digits the number is padded with zeros to at least this many digits
     */
    public String format(String prefix, int digits) {
        return String.format("%s-%d-%0" + digits + "d", prefix, year, number);
    }
}
