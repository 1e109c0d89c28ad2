package org.gflow.plugin.api;

/**
 * Gapless numbers per series and year — registry numbers, receipts, certificates — offered by
 * the engine to plugins as a host service ({@link PluginContext#hostService(Class)}).
 *
 * <p>A number is tied to the case it was issued for: asking again for the same case returns
 * the same number, so a retried call never burns a number, and no two cases ever share one,
 * even when many ask at once on several engine nodes. Numbers of a series and year run
 * 1, 2, 3, … without gaps. Thread-safe.
 */
public interface NumberSeries {

    /**
     * @param series the series, lower case, e.g. {@code mof-receipt}
     * @param year the year the number belongs to
     * @param caseKey what the number is issued for, usually the process instance id
     * @return the number, starting at 1 in each series and year
     */
    long next(String series, int year, String caseKey);
}
