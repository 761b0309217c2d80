package dev.genedata.hgnc.worker.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.job.model.AnalysisRequest;
import dev.genedata.hgnc.worker.chart.ChartRenderer;

import io.quarkus.arc.All;

/** Runs the analysis a job asks for and renders its chart: the worker's one entry point to analyses. */
@ApplicationScoped
public class AnalysisRunner {

    /** Progress once the chart is drawn; the worker sets 100 when it has stored the result. */
    static final int RENDERED = 95;

    private final Map<AnalysisKind, Analysis<?>> analyses = new EnumMap<>(AnalysisKind.class);
    private final ChartRenderer charts;
    private final ObjectMapper mapper;

    /** Takes one analysis per kind; throws IllegalStateException when a kind has none or two. */
    AnalysisRunner(@All List<Analysis<?>> analyses, ChartRenderer charts, ObjectMapper mapper) {
        for (Analysis<?> analysis : analyses) {
            if (this.analyses.put(analysis.kind(), analysis) != null) {
                throw new IllegalStateException("two analyses for " + analysis.kind().id());
            }
        }
        for (AnalysisKind kind : AnalysisKind.values()) {
            if (!this.analyses.containsKey(kind)) {
                throw new IllegalStateException("no analysis for " + kind.id());
            }
        }
        this.charts = charts;
        this.mapper = mapper;
    }

    /**
     * Computes the analysis and its chart. Progress goes 30 (filtered), up to 90 (counted), 95 (drawn).
     *
     * @param request the analysis and its parameters, with the chart's {@code width} and {@code height}
     * @param columns the gene set
     * @param progress where the analysis reports progress; it may throw to cancel, and that propagates
     */
    public Computed run(AnalysisRequest request, GeneColumns columns, Progress progress) {
        AnalysisOutcome outcome = analysisFor(request).run(columns, request, progress);
        byte[] png = charts.render(outcome, request.width(), request.height());
        progress.report(RENDERED);
        ObjectNode result = mapper.createObjectNode();
        result.put("analysis", request.kind().id());
        result.set("params", mapper.valueToTree(request));
        result.setAll(outcome.toJson());
        result.put("title", outcome.chart().title());
        return new Computed(result, png);
    }

    /** The analysis of the request's kind: the constructor checked there is one per kind, and its type matches. */
    @SuppressWarnings("unchecked")
    private Analysis<AnalysisRequest> analysisFor(AnalysisRequest request) {
        return (Analysis<AnalysisRequest>) analyses.get(request.kind());
    }

    /**
     * An analysis's outcome as the result JSON (the caller adds id, links and timings) and its chart.
     *
     * @param result {@code analysis}, {@code params}, {@code matched}, {@code counts} or {@code series},
     *        {@code other_categories} (counts only), {@code title}
     * @param chartPng the chart as PNG bytes
     */
    public record Computed(ObjectNode result, byte[] chartPng) {
    }
}
