package dev.genedata.hgnc.worker.analysis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.gene.model.GeneSetSummary;
import dev.genedata.hgnc.gene.parse.Chromosomes;
import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartSpec;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/**
 * Genes per value of {@code group_by} among the matched genes. Chromosomes come in karyotype order
 * (every one, zeros included, then {@value GeneSetSummary#NO_CHROMOSOME}; a gene on X and Y counts for
 * both); other fields largest first, with genes lacking the field under {@value #NONE}; gene groups
 * largest first, cut to the {@code top} largest (a gene counts in each of its groups; genes in no
 * group are not counted).
 */
@ApplicationScoped
public class CountsAnalysis implements Analysis {

    /** The category of genes that lack the field. */
    public static final String NONE = "(none)";

    @Override
    public AnalysisKind kind() {
        return AnalysisKind.COUNTS;
    }

    @Override
    public AnalysisOutcome run(GeneColumns columns, ObjectNode params, Progress progress) {
        int[] genes = GeneSelection.select(columns, params.path("filter"));
        progress.report(40);
        String groupBy = params.path("group_by").asText();
        LinkedHashMap<String, Integer> counts;
        Integer cut = null;
        switch (groupBy) {
            case "chromosome" -> counts = byChromosome(columns, genes);
            case "gene_group" -> {
                LinkedHashMap<String, Integer> all = largestFirst(byGroup(columns, genes));
                int top = params.path("top").asInt(20);
                cut = Math.max(0, all.size() - top);
                counts = new LinkedHashMap<>();
                all.entrySet().stream().limit(top).forEach(e -> counts.put(e.getKey(), e.getValue()));
            }
            default -> counts = largestFirst(byCode(dictionary(columns, groupBy), codes(columns, groupBy), genes));
        }
        progress.report(80);
        String title = "Genes per " + groupBy.replace('_', ' ') + " (" + genes.length + " genes"
                + (cut != null && cut > 0 ? ", top " + counts.size() + " of " + (counts.size() + cut) + " groups" : "")
                + ")";
        return new AnalysisOutcome(genes.length, counts, null, cut,
                new ChartSpec(ChartType.BAR, title, groupBy.replace('_', ' '), "genes", null));
    }

    private static LinkedHashMap<String, Integer> byChromosome(GeneColumns columns, int[] genes) {
        int[] perBit = new int[Chromosomes.ALL.size()];
        int none = 0;
        for (int g : genes) {
            int mask = columns.chromosomes()[g];
            if (mask == 0) {
                none++;
            }
            for (int bit = 0; bit < perBit.length; bit++) {
                if ((mask & (1 << bit)) != 0) {
                    perBit[bit]++;
                }
            }
        }
        LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
        for (int bit = 0; bit < perBit.length; bit++) {
            counts.put(Chromosomes.ALL.get(bit), perBit[bit]);
        }
        counts.put(GeneSetSummary.NO_CHROMOSOME, none);
        return counts;
    }

    private static Map<String, Integer> byGroup(GeneColumns columns, int[] genes) {
        int[] perCode = new int[columns.geneGroupNames().size()];
        for (int g : genes) {
            for (int code : columns.geneGroups()[g]) {
                perCode[code]++;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int code = 0; code < perCode.length; code++) {
            if (perCode[code] > 0) {
                counts.put(columns.geneGroupNames().get(code), perCode[code]);
            }
        }
        return counts;
    }

    private static Map<String, Integer> byCode(List<String> dictionary, int[] codes, int[] genes) {
        int[] perCode = new int[dictionary.size()];
        int none = 0;
        for (int g : genes) {
            if (codes[g] < 0) {
                none++;
            } else {
                perCode[codes[g]]++;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int code = 0; code < perCode.length; code++) {
            if (perCode[code] > 0) {
                counts.put(dictionary.get(code), perCode[code]);
            }
        }
        if (none > 0) {
            counts.put(NONE, none);
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

    private static List<String> dictionary(GeneColumns columns, String field) {
        return switch (field) {
            case "locus_group" -> columns.locusGroups();
            case "locus_type" -> columns.locusTypes();
            case "status" -> columns.statuses();
            default -> throw new IllegalArgumentException("cannot count by " + field);
        };
    }

    private static int[] codes(GeneColumns columns, String field) {
        return switch (field) {
            case "locus_group" -> columns.locusGroup();
            case "locus_type" -> columns.locusType();
            case "status" -> columns.status();
            default -> throw new IllegalArgumentException("cannot count by " + field);
        };
    }
}
