package dev.genedata.hgnc.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A finished job's result as a table, for its page and its CSV download: one row per category (or year), one
 * column of counts, or one per series of a split.
 *
 * @param title the chart's title
 * @param matched the genes that passed the filter
 * @param header the column names
 * @param rows the rows, in the result's order
 */
public record ResultTable(String title, int matched, List<String> header, List<List<String>> rows) {

    /** Tabulates a result as {@code GET /results/{id}} answers it. */
    static ResultTable of(String analysis, JsonNode result) {
        String first = switch (analysis) {
            case "approvals_by_year" -> "year";
            case "completeness" -> "field";
            default -> result.path("params").path("group_by").asText("value");
        };
        List<String> header = new ArrayList<>(List.of(first));
        List<List<String>> rows = new ArrayList<>();
        JsonNode series = result.path("series");
        if (series.isObject() && !series.isEmpty()) {
            Set<String> keys = new LinkedHashSet<>();
            series.fields().forEachRemaining(s -> {
                header.add(s.getKey());
                s.getValue().fieldNames().forEachRemaining(keys::add);
            });
            for (String key : keys) {
                List<String> row = new ArrayList<>(List.of(key));
                series.fields().forEachRemaining(s -> row.add(s.getValue().path(key).asText("0")));
                rows.add(row);
            }
        } else {
            header.add("completeness".equals(analysis) ? "% filled" : "genes");
            result.path("counts").fields().forEachRemaining(e -> rows.add(List.of(e.getKey(), e.getValue().asText())));
        }
        return new ResultTable(result.path("title").asText(), result.path("matched").asInt(), header, rows);
    }

    /** The table as CSV (RFC 4180), header first. */
    String csv() {
        StringBuilder csv = new StringBuilder();
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        for (List<String> line : lines) {
            csv.append(line.stream().map(ResultTable::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
