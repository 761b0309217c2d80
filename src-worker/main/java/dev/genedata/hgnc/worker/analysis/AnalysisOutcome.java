package dev.genedata.hgnc.worker.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an analysis computed, and how to draw it. Exactly one of {@code counts} and {@code series} is set.
 *
 * @param matched how many genes passed the filter
 * @param counts category → number (a single table), or null when there are series
 * @param series series name → (category → number), or null for a single table
 * @param otherCategories how many categories fell outside {@code top} (counts only), else null
 * @param chart the chart's kind, title and axis labels
 */
public record AnalysisOutcome(int matched, LinkedHashMap<String, ? extends Number> counts,
        LinkedHashMap<String, LinkedHashMap<String, Integer>> series, Integer otherCategories, ChartSpec chart) {

    /** The chart kinds the renderer draws. */
    public enum ChartType {
        /** Vertical bars, one per category; whole-number counts. */
        BAR,
        /** Lines over years (the categories are years), one per series; whole-number counts. */
        LINE,
        /** Horizontal bars for many long category names, on a 0–100 percent axis. */
        HORIZONTAL_BAR
    }

    /**
     * How to draw an outcome.
     *
     * @param type the chart kind
     * @param title the title
     * @param categoryLabel the label of the category (or year) axis
     * @param valueLabel the label of the value axis
     */
    public record ChartSpec(ChartType type, String title, String categoryLabel, String valueLabel) {
    }

    /** The table as series: a single table is one series named after the value axis. */
    public Map<String, ? extends Map<String, ? extends Number>> asSeries() {
        return series != null ? series : Map.of(chart.valueLabel(), counts);
    }

    /**
     * The outcome as result JSON, insertion order kept: {@code {"matched": N, "counts": {...}}} or
     * {@code {"matched": N, "series": {name: {...}, ...}}}, plus {@code "other_categories"} for counts.
     */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("matched", matched);
        if (series != null) {
            ObjectNode all = json.putObject("series");
            series.forEach((name, table) -> putAll(all.putObject(name), table));
        } else {
            putAll(json.putObject("counts"), counts);
        }
        if (otherCategories != null) {
            json.put("other_categories", otherCategories);
        }
        return json;
    }

    private static void putAll(ObjectNode node, Map<String, ? extends Number> table) {
        table.forEach((key, value) -> {
            if (value instanceof Double share) {
                node.put(key, share);
            } else {
                node.put(key, value.intValue());
            }
        });
    }
}
