package dev.genedata.hgnc.worker.analysis;

import java.util.LinkedHashMap;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.job.model.CompletenessRequest;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartSpec;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/**
 * For each field of the data set, in the set's field order (HGNC's column order), the percentage
 * (0–100, one decimal) of matched genes that have it filled: how sparse the data is. With no matched
 * gene every field is 0.0.
 */
@ApplicationScoped
public class CompletenessAnalysis implements Analysis<CompletenessRequest> {

    @Override
    public AnalysisKind kind() {
        return AnalysisKind.COMPLETENESS;
    }

    @Override
    public AnalysisOutcome run(GeneColumns columns, CompletenessRequest request, Progress progress) {
        int[] genes = request.filter().select(columns);
        progress.report(CountingPass.FILTERED);
        int fields = columns.fields().size();
        int[] filled = new int[fields];
        int words = columns.filledWords();
        CountingPass.over(genes, progress, g -> {
            for (int w = 0; w < words; w++) {
                for (long bits = columns.filled()[g * words + w]; bits != 0; bits &= bits - 1) {
                    int field = w * 64 + Long.numberOfTrailingZeros(bits);
                    if (field < fields) {
                        filled[field]++;
                    }
                }
            }
        });
        LinkedHashMap<String, Double> shares = new LinkedHashMap<>();
        IntStream.range(0, fields).forEach(f -> shares.put(columns.fields().get(f),
                genes.length == 0 ? 0.0 : Math.round(1000.0 * filled[f] / genes.length) / 10.0));
        return new AnalysisOutcome(genes.length, shares, null, null, new ChartSpec(ChartType.HORIZONTAL_BAR,
                "Share of genes with each field filled (" + ChartTitles.matchedGenes(genes.length) + ")", "field",
                "% of genes"));
    }
}
