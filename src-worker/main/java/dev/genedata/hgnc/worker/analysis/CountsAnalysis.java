package dev.genedata.hgnc.worker.analysis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.gene.model.GeneSetSummary;
import dev.genedata.hgnc.gene.model.Chromosomes;
import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.job.model.CountsRequest;
import dev.genedata.hgnc.job.model.CountsRequest.GroupBy;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartSpec;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/**
 * Genes per value of {@code group_by} among the matched genes.
 * <ul>
 * <li>chromosome: every chromosome in karyotype order, zeros included, then
 * {@value GeneSetSummary#NO_CHROMOSOME} (always present) for genes without one; a gene on X and Y counts for
 * both. {@code top} does not cut this list: it always has 26 entries.</li>
 * <li>locus_group, locus_type, status, gene_group: largest first, ties by name, genes lacking the field
 * under {@value #NONE} (only when there are any), cut to the {@code top} largest; a gene counts in each of
 * its gene groups. {@code other_categories} says how many were cut.</li>
 * </ul>
 */
@ApplicationScoped
public class CountsAnalysis implements Analysis<CountsRequest> {

    /** The category of genes that lack the field. */
    public static final String NONE = "(none)";

    @Override
    public AnalysisKind kind() {
        return AnalysisKind.COUNTS;
    }

    @Override
    public AnalysisOutcome run(GeneColumns columns, CountsRequest request, Progress progress) {
        int[] genes = request.filter().select(columns);
        progress.report(CountingPass.FILTERED);
        GroupBy groupBy = request.groupBy();
        LinkedHashMap<String, Integer> counts;
        int cut = 0;
        if (groupBy == GroupBy.CHROMOSOME) {
            counts = byChromosome(columns, genes, progress);
        } else {
            LinkedHashMap<String, Integer> all = largestFirst(switch (groupBy) {
                case GENE_GROUP -> byGroup(columns, genes, progress);
                case LOCUS_GROUP -> byCode(columns.locusGroups(), columns.locusGroup(), genes, progress);
                case LOCUS_TYPE -> byCode(columns.locusTypes(), columns.locusType(), genes, progress);
                case STATUS -> byCode(columns.statuses(), columns.status(), genes, progress);
                case CHROMOSOME -> throw new IllegalArgumentException("cannot count codes of " + groupBy.id());
            });
            int top = request.top();
            counts = new LinkedHashMap<>();
            all.entrySet().stream().limit(top).forEach(e -> counts.put(e.getKey(), e.getValue()));
            cut = all.size() - counts.size();
        }
        String title = "Genes per " + ChartTitles.words(groupBy.id()) + " (" + ChartTitles.matchedGenes(genes.length)
                + (cut > 0 ? ", top " + counts.size() + " of " + ChartTitles.number(counts.size() + cut) : "") + ")";
        return new AnalysisOutcome(genes.length, counts, null, cut,
                new ChartSpec(ChartType.BAR, title, ChartTitles.words(groupBy.id()), "genes"));
    }

    private static LinkedHashMap<String, Integer> byChromosome(GeneColumns columns, int[] genes, Progress progress) {
        int[] perBit = new int[Chromosomes.ALL.size() + 1];
        int unassigned = Chromosomes.ALL.size();
        CountingPass.over(genes, progress, g -> {
            int mask = columns.chromosomes()[g];
            if (mask == 0) {
                perBit[unassigned]++;
            }
            for (; mask != 0; mask &= mask - 1) {
                perBit[Integer.numberOfTrailingZeros(mask)]++;
            }
        });
        LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
        for (int bit = 0; bit < unassigned; bit++) {
            counts.put(Chromosomes.ALL.get(bit), perBit[bit]);
        }
        counts.put(GeneSetSummary.NO_CHROMOSOME, perBit[unassigned]);
        return counts;
    }

    private static Map<String, Integer> byGroup(GeneColumns columns, int[] genes, Progress progress) {
        int[] perCode = new int[columns.geneGroupNames().size() + 1];
        int none = perCode.length - 1;
        CountingPass.over(genes, progress, g -> {
            int[] groups = columns.geneGroups()[g];
            if (groups.length == 0) {
                perCode[none]++;
            }
            for (int code : groups) {
                perCode[code]++;
            }
        });
        return named(columns.geneGroupNames(), perCode);
    }

    private static Map<String, Integer> byCode(List<String> dictionary, int[] codes, int[] genes, Progress progress) {
        int[] perCode = new int[dictionary.size() + 1];
        int none = perCode.length - 1;
        CountingPass.over(genes, progress, g -> perCode[codes[g] < 0 ? none : codes[g]]++);
        return named(dictionary, perCode);
    }

    /** The non-zero counts by name; the last slot of {@code perCode} is {@link #NONE}. */
    private static Map<String, Integer> named(List<String> dictionary, int[] perCode) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int code = 0; code < perCode.length; code++) {
            if (perCode[code] > 0) {
                counts.put(code < dictionary.size() ? dictionary.get(code) : NONE, perCode[code]);
            }
        }
        return counts;
    }

    /** Sorted by count descending, then name. */
    static LinkedHashMap<String, Integer> largestFirst(Map<String, Integer> counts) {
        LinkedHashMap<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer> comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
