package dev.genedata.hgnc.worker.analysis;

import java.util.LinkedHashMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartSpec;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/**
 * Genes approved per year ({@code date_approved_reserved}) from {@code start_year} to {@code end_year},
 * every year present (zeros included); with {@code split_by}, one series per locus group or locus type,
 * largest total first, series without a gene in the range left out.
 */
@ApplicationScoped
public class ApprovalsByYearAnalysis implements Analysis {

    @Override
    public AnalysisKind kind() {
        return AnalysisKind.APPROVALS_BY_YEAR;
    }

    @Override
    public AnalysisOutcome run(GeneColumns columns, ObjectNode params, Progress progress) {
        int start = params.path("start_year").asInt();
        int end = params.path("end_year").asInt();
        String splitBy = params.path("split_by").isTextual() ? params.path("split_by").asText() : null;
        int[] genes = GeneSelection.select(columns, params.path("filter"));
        progress.report(40);
        String title = "Genes approved per year, " + start + "–" + end + " (" + genes.length + " genes)";
        if (splitBy == null) {
            int[] perYear = new int[end - start + 1];
            for (int g : genes) {
                int year = columns.yearApproved()[g];
                if (year >= start && year <= end) {
                    perYear[year - start]++;
                }
            }
            progress.report(80);
            return new AnalysisOutcome(genes.length, years(start, perYear), null, null,
                    new ChartSpec(ChartType.LINE, title, "year approved", "genes approved", null));
        }
        List<String> names = splitBy.equals("locus_group") ? columns.locusGroups() : columns.locusTypes();
        int[] codes = splitBy.equals("locus_group") ? columns.locusGroup() : columns.locusType();
        int[][] perCodeYear = new int[names.size()][end - start + 1];
        int[] totals = new int[names.size()];
        for (int g : genes) {
            int year = columns.yearApproved()[g];
            if (year >= start && year <= end && codes[g] >= 0) {
                perCodeYear[codes[g]][year - start]++;
                totals[codes[g]]++;
            }
        }
        progress.report(80);
        LinkedHashMap<String, LinkedHashMap<String, Integer>> series = new LinkedHashMap<>();
        java.util.stream.IntStream.range(0, names.size())
                .filter(code -> totals[code] > 0)
                .boxed()
                .sorted((a, b) -> totals[a] != totals[b] ? Integer.compare(totals[b], totals[a])
                        : names.get(a).compareTo(names.get(b)))
                .forEach(code -> series.put(names.get(code), years(start, perCodeYear[code])));
        return new AnalysisOutcome(genes.length, null, series, null,
                new ChartSpec(ChartType.LINE, title + " by " + splitBy.replace('_', ' '), "year approved",
                        "genes approved", null));
    }

    private static LinkedHashMap<String, Integer> years(int start, int[] perYear) {
        LinkedHashMap<String, Integer> table = new LinkedHashMap<>();
        for (int i = 0; i < perYear.length; i++) {
            table.put(Integer.toString(start + i), perYear[i]);
        }
        return table;
    }
}
