package dev.genedata.hgnc.gene.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.genedata.hgnc.gene.parse.Chromosomes;
import dev.genedata.hgnc.gene.parse.HgncSchema;

/**
 * What {@code GET /info} tells about the loaded set, computed once at load time.
 *
 * @param records how many records the set has
 * @param source where it came from: the download URL or "upload"
 * @param loadedAt when it became current
 * @param version the data version number in Redis
 * @param newestModified the newest {@code date_modified} in the set
 * @param newestApproved the newest {@code date_approved_reserved} in the set
 * @param fields every field name the records use: HGNC's column order first, then others by name
 * @param counts per locus_group, locus_type, status and chromosome: value → number of genes
 */
public record GeneSetSummary(int records, String source, Instant loadedAt, long version, String newestModified,
        String newestApproved, List<String> fields, Map<String, Map<String, Integer>> counts) {

    /** The chromosome bucket of genes whose location names none (reserved, unplaced, missing). */
    public static final String NO_CHROMOSOME = "unassigned";

    /** Summarises a set from its genes' facts. */
    public static GeneSetSummary of(List<GeneFacts> genes, String source, Instant loadedAt, long version) {
        Set<String> used = new LinkedHashSet<>();
        String newestModified = null;
        String newestApproved = null;
        for (GeneFacts gene : genes) {
            used.addAll(gene.fields());
            newestModified = max(newestModified, gene.dateModified());
            newestApproved = max(newestApproved, gene.dateApproved());
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        counts.put("locus_group", byCount(genes, GeneFacts::locusGroup));
        counts.put("locus_type", byCount(genes, GeneFacts::locusType));
        counts.put("status", byCount(genes, GeneFacts::status));
        counts.put("chromosome", byChromosome(genes));
        return new GeneSetSummary(genes.size(), source, loadedAt, version, newestModified, newestApproved,
                orderFields(used), counts);
    }

    private static List<String> orderFields(Set<String> used) {
        List<String> ordered = new ArrayList<>();
        HgncSchema.TSV_COLUMNS.stream().filter(used::contains).forEach(ordered::add);
        used.stream().filter(field -> !ordered.contains(field)).sorted().forEach(ordered::add);
        return ordered;
    }

    private static Map<String, Integer> byCount(List<GeneFacts> genes, Function<GeneFacts, String> value) {
        Map<String, Integer> counts = new HashMap<>();
        for (GeneFacts gene : genes) {
            String v = value.apply(gene);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer> comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private static Map<String, Integer> byChromosome(List<GeneFacts> genes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Chromosomes.ALL.forEach(chromosome -> counts.put(chromosome, 0));
        counts.put(NO_CHROMOSOME, 0);
        for (GeneFacts gene : genes) {
            if (gene.chromosomes().isEmpty()) {
                counts.merge(NO_CHROMOSOME, 1, Integer::sum);
            }
            gene.chromosomes().forEach(chromosome -> counts.merge(chromosome, 1, Integer::sum));
        }
        return counts;
    }

    private static String max(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
