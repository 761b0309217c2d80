package dev.genedata.hgnc.worker.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.job.model.JobRequestValidator;
import dev.genedata.hgnc.worker.chart.ChartRenderer;

import io.quarkus.arc.All;

/** Runs the analysis a job asks for and renders its chart: the worker's one entry point to analyses. */
@ApplicationScoped
public class AnalysisRunner {

    /** Progress once the chart is drawn; the worker sets 100 when it has stored the result. */
    static final int RENDERED = 95;

    private final Map<AnalysisKind, Analysis> analyses = new EnumMap<>(AnalysisKind.class);
    private final ChartRenderer charts;

    /**
     * @param analyses one analysis per kind
     * @param charts draws the outcomes
     * @throws IllegalStateException when a kind has no analysis or two
     */
    AnalysisRunner(@All List<Analysis> analyses, ChartRenderer charts) {
        for (Analysis analysis : analyses) {
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
    }

    /**
     * Computes the analysis and its chart. Progress goes 30 (filtered), up to 90 (counted), 95 (drawn).
     *
     * @param kind the analysis
     * @param params the normalized parameters, with the chart's {@code width} and {@code height}
     * @param columns the gene set
     * @param progress where the analysis reports progress; it may throw to cancel, and that propagates
     */
    public Computed run(AnalysisKind kind, ObjectNode params, GeneColumns columns, Progress progress) {
        AnalysisOutcome outcome = analyses.get(kind).run(columns, params, progress);
        byte[] png = charts.render(outcome,
                params.path("width").asInt(JobRequestValidator.DEFAULT_WIDTH),
                params.path("height").asInt(JobRequestValidator.DEFAULT_HEIGHT));
        progress.report(RENDERED);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("analysis", kind.id());
        result.set("params", params.deepCopy());
        result.setAll(outcome.toJson());
        result.put("title", outcome.chart().title());
        return new Computed(result, png);
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
