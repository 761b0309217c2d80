package dev.genedata.hgnc.worker.analysis;

import java.util.LinkedHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartSpec;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/**
 * For each field of the data set, in HGNC's column order, the percentage (one decimal) of matched
 * genes that have it filled: how sparse the data is.
 */
@ApplicationScoped
public class CompletenessAnalysis implements Analysis {

    @Override
    public AnalysisKind kind() {
        return AnalysisKind.COMPLETENESS;
    }

    @Override
    public AnalysisOutcome run(GeneColumns columns, ObjectNode params, Progress progress) {
        int[] genes = GeneSelection.select(columns, params.path("filter"));
        progress.report(40);
        int[] filled = new int[columns.fields().size()];
        for (int g : genes) {
            for (int f = 0; f < filled.length; f++) {
                if (columns.isFilled(g, f)) {
                    filled[f]++;
                }
            }
        }
        progress.report(80);
        LinkedHashMap<String, Double> shares = new LinkedHashMap<>();
        for (int f = 0; f < filled.length; f++) {
            shares.put(columns.fields().get(f), genes.length == 0 ? 0.0 : Math.round(1000.0 * filled[f] / genes.length) / 10.0);
        }
        return new AnalysisOutcome(genes.length, shares, null, null, new ChartSpec(ChartType.HORIZONTAL_BAR,
                "Share of genes with each field filled (" + genes.length + " genes)", "field", "% of genes", 100.0));
    }
}
