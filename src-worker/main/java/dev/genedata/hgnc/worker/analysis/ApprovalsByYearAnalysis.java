package dev.genedata.hgnc.worker.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.job.model.ApprovalsByYearRequest;
import dev.genedata.hgnc.job.model.ApprovalsByYearRequest.SplitBy;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartSpec;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/**
 * Matched genes approved per year ({@code date_approved_reserved}) from {@code start_year} to
 * {@code end_year} inclusive, every year present (zeros included). With {@code split_by} (locus_group or
 * locus_type), one series per value, largest total in the range first (ties by name); values without a
 * gene in the range are left out, and genes lacking the field form a {@value CountsAnalysis#NONE} series.
 */
@ApplicationScoped
public class ApprovalsByYearAnalysis implements Analysis<ApprovalsByYearRequest> {

    @Override
    public AnalysisKind kind() {
        return AnalysisKind.APPROVALS_BY_YEAR;
    }

    @Override
    public AnalysisOutcome run(GeneColumns columns, ApprovalsByYearRequest request, Progress progress) {
        int start = request.startYear();
        int end = request.endYear();
        SplitBy splitBy = request.splitBy();
        int[] genes = request.filter().select(columns);
        progress.report(CountingPass.FILTERED);
        int[] years = columns.yearApproved();
        if (splitBy == null) {
            int[] perYear = new int[end - start + 1];
            CountingPass.over(genes, progress, g -> {
                if (years[g] >= start && years[g] <= end) {
                    perYear[years[g] - start]++;
                }
            });
            return new AnalysisOutcome(genes.length, table(start, perYear), null, null,
                    chart(start, end, null, IntStream.of(perYear).sum(), genes.length));
        }
        List<String> names = splitBy == SplitBy.LOCUS_GROUP ? columns.locusGroups() : columns.locusTypes();
        int[] codes = splitBy == SplitBy.LOCUS_GROUP ? columns.locusGroup() : columns.locusType();
        int none = names.size();
        int[][] perCodeYear = new int[names.size() + 1][end - start + 1];
        int[] totals = new int[names.size() + 1];
        CountingPass.over(genes, progress, g -> {
            if (years[g] >= start && years[g] <= end) {
                int code = codes[g] < 0 ? none : codes[g];
                perCodeYear[code][years[g] - start]++;
                totals[code]++;
            }
        });
        LinkedHashMap<String, LinkedHashMap<String, Integer>> series = new LinkedHashMap<>();
        IntStream.rangeClosed(0, none)
                .filter(code -> totals[code] > 0)
                .boxed()
                .sorted((a, b) -> totals[a] != totals[b] ? Integer.compare(totals[b], totals[a])
                        : name(names, a).compareTo(name(names, b)))
                .forEach(code -> series.put(name(names, code), table(start, perCodeYear[code])));
        return new AnalysisOutcome(genes.length, null, series, null,
                chart(start, end, splitBy, IntStream.of(totals).sum(), genes.length));
    }

    /** Titled with how many of the matched genes were approved in the range. */
    private static ChartSpec chart(int start, int end, SplitBy splitBy, int inRange, int matched) {
        String title = "Genes approved per year, " + start + "–" + end
                + (splitBy == null ? "" : ", by " + ChartTitles.words(splitBy.id()))
                + " (" + ChartTitles.number(inRange) + " of " + ChartTitles.matchedGenes(matched) + ")";
        return new ChartSpec(ChartType.LINE, title, "year approved", "genes approved");
    }

    private static String name(List<String> names, int code) {
        return code < names.size() ? names.get(code) : CountsAnalysis.NONE;
    }

    private static LinkedHashMap<String, Integer> table(int start, int[] perYear) {
        LinkedHashMap<String, Integer> table = new LinkedHashMap<>();
        IntStream.range(0, perYear.length).forEach(i -> table.put(Integer.toString(start + i), perYear[i]));
        return table;
    }
}
