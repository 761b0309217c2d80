package dev.genedata.hgnc.worker.analysis;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.worker.chart.ChartRenderer;

/** Runs the analysis a job asks for and renders its chart. */
@ApplicationScoped
public class AnalysisRunner {

    private final Map<AnalysisKind, Analysis> analyses = new EnumMap<>(AnalysisKind.class);
    private final ChartRenderer charts;
    private final ObjectMapper mapper;

    AnalysisRunner(Instance<Analysis> analyses, ChartRenderer charts, ObjectMapper mapper) {
        analyses.forEach(analysis -> this.analyses.put(analysis.kind(), analysis));
        this.charts = charts;
        this.mapper = mapper;
    }

    /**
     * Computes the analysis and its chart.
     *
     * @param params the normalized parameters, with the chart's {@code width} and {@code height}
     * @param progress where the analysis reports progress; it may throw to cancel
     */
    public Computed run(AnalysisKind kind, ObjectNode params, GeneColumns columns, Progress progress) {
        Analysis analysis = analyses.get(kind);
        if (analysis == null) {
            throw new IllegalStateException("no analysis for " + kind.id());
        }
        AnalysisOutcome outcome = analysis.run(columns, params, progress);
        byte[] png = charts.render(outcome, params.path("width").asInt(1200), params.path("height").asInt(700));
        progress.report(95);
        ObjectNode result = mapper.createObjectNode();
        result.put("analysis", kind.id());
        result.set("params", params);
        result.put("matched", outcome.matched());
        if (outcome.series() != null) {
            result.set("series", mapper.valueToTree(outcome.series()));
        } else {
            result.set("counts", mapper.valueToTree(outcome.counts()));
        }
        if (outcome.otherCategories() != null) {
            result.put("other_categories", outcome.otherCategories());
        }
        result.put("title", outcome.chart().title());
        return new Computed(result, png);
    }

    /**
     * An analysis's outcome as the result JSON (without id and links) and the chart.
     *
     * @param result {@code analysis}, {@code params}, {@code matched}, {@code counts} or {@code series}, {@code title}
     * @param chartPng the chart as PNG bytes
     */
    public record Computed(ObjectNode result, byte[] chartPng) {
    }
}
