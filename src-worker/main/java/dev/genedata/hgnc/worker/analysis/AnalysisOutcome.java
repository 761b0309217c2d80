package dev.genedata.hgnc.worker.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an analysis computed, and how to draw it.
 *
 * @param matched how many genes passed the filter
 * @param counts value → number (a single table), or null when there are series
 * @param series series name → (value → number), or null for a single table
 * @param otherCategories how many categories fell outside {@code top}, or null when none were cut
 * @param chart the chart's kind, title and axis labels
 */
public record AnalysisOutcome(int matched, LinkedHashMap<String, ? extends Number> counts,
        LinkedHashMap<String, LinkedHashMap<String, Integer>> series, Integer otherCategories, ChartSpec chart) {

    /** The chart kinds the renderer draws. */
    public enum ChartType {
        /** Vertical bars, one per category. */
        BAR,
        /** Lines over ordered categories (years), one per series. */
        LINE,
        /** Horizontal bars, for many long category names. */
        HORIZONTAL_BAR
    }

    /**
     * How to draw an outcome.
     *
     * @param type the chart kind
     * @param title the title
     * @param categoryLabel the label of the category axis
     * @param valueLabel the label of the value axis
     * @param maxValue the value axis's fixed upper bound, or null to fit the data
     */
    public record ChartSpec(ChartType type, String title, String categoryLabel, String valueLabel, Double maxValue) {
    }

    /** The table as series: the single table is one series named after the value axis. */
    public Map<String, ? extends Map<String, ? extends Number>> asSeries() {
        if (series != null) {
            return series;
        }
        Map<String, Map<String, ? extends Number>> single = new LinkedHashMap<>();
        single.put(chart.valueLabel(), counts);
        return single;
    }
}
