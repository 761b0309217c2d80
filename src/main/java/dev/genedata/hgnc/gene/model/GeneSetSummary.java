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
        Builder builder = new Builder();
        genes.forEach(builder::add);
        return builder.build(source, loadedAt, version);
    }

    /** Summarises a set gene by gene as it is read, so that nothing is left to count at the end. */
    public static final class Builder {

        /** The fields the genes have filled: HGNC's as schema bits, others by name. */
        private long usedBits;
        private final Set<String> usedOthers = new LinkedHashSet<>();
        private final Map<String, Integer> locusGroups = new HashMap<>();
        private final Map<String, Integer> locusTypes = new HashMap<>();
        private final Map<String, Integer> statuses = new HashMap<>();
        private final Map<String, Integer> chromosomes = new LinkedHashMap<>();
        private int records;
        private String newestModified;
        private String newestApproved;

        /** Starts an empty summary. */
        public Builder() {
            Chromosomes.ALL.forEach(chromosome -> chromosomes.put(chromosome, 0));
            chromosomes.put(NO_CHROMOSOME, 0);
        }

        /** Counts one gene. */
        public void add(GeneFacts gene) {
            records++;
            usedBits |= gene.fields().schemaBits();
            usedOthers.addAll(gene.fields().others());
            newestModified = max(newestModified, gene.dateModified());
            newestApproved = max(newestApproved, gene.dateApproved());
            count(locusGroups, gene.locusGroup());
            count(locusTypes, gene.locusType());
            count(statuses, gene.status());
            if (gene.chromosomes().isEmpty()) {
                chromosomes.merge(NO_CHROMOSOME, 1, Integer::sum);
            }
            gene.chromosomes().forEach(chromosome -> chromosomes.merge(chromosome, 1, Integer::sum));
        }

        /** The summary of every gene added. */
        public GeneSetSummary build(String source, Instant loadedAt, long version) {
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            counts.put("locus_group", byCount(locusGroups));
            counts.put("locus_type", byCount(locusTypes));
            counts.put("status", byCount(statuses));
            counts.put("chromosome", new LinkedHashMap<>(chromosomes));
            return new GeneSetSummary(records, source, loadedAt, version, newestModified, newestApproved,
                    orderFields(usedBits, usedOthers), counts);
        }

        private static void count(Map<String, Integer> counts, String value) {
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
            }
        }
    }

    /** HGNC's fields in column order, then the others by name. */
    private static List<String> orderFields(long schemaBits, Set<String> others) {
        List<String> ordered = new FieldSet(schemaBits, List.of()).names();
        others.stream().sorted().forEach(ordered::add);
        return ordered;
    }

    /** The counts, largest first, ties by value. */
    private static Map<String, Integer> byCount(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer> comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private static String max(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
