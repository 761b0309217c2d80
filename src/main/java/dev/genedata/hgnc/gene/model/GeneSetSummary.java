package dev.genedata.hgnc.gene.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.IntStream;

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

    /** The later of two dates (YYYY-MM-DD), null when both are. */
    private static final BinaryOperator<String> NEWEST =
            BinaryOperator.maxBy(Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * Summarises a set gene by gene as it is read: the count, the newest dates and the fields. The counts
     * per value are taken at the end from the set's {@link GeneColumns}, which code every value already.
     */
    public static final class Builder {

        /** The fields the genes have filled: HGNC's as schema bits, others by name. */
        private long usedBits;
        private final Set<String> usedOthers = new LinkedHashSet<>();
        private int records;
        private String newestModified;
        private String newestApproved;

        /** Counts one gene. */
        public void add(GeneFacts gene) {
            records++;
            usedBits |= gene.fields().schemaBits();
            usedOthers.addAll(gene.fields().others());
            newestModified = NEWEST.apply(newestModified, gene.dateModified());
            newestApproved = NEWEST.apply(newestApproved, gene.dateApproved());
        }

        /** Every field the genes added so far have filled: HGNC's column order first, then others by name. */
        public List<String> fields() {
            List<String> ordered = new FieldSet(usedBits, List.of()).names();
            usedOthers.stream().sorted().forEach(ordered::add);
            return ordered;
        }

        /**
         * The summary of every gene added.
         *
         * @param columns the columns of the same genes, built with {@link #fields()} as their field order; the
         *        counts per value and the fields are taken from them
         */
        public GeneSetSummary build(String source, Instant loadedAt, long version, GeneColumns columns) {
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            counts.put("locus_group", byCount(columns.locusGroups(), columns.locusGroup()));
            counts.put("locus_type", byCount(columns.locusTypes(), columns.locusType()));
            counts.put("status", byCount(columns.statuses(), columns.status()));
            counts.put("chromosome", byChromosome(columns.chromosomes()));
            return new GeneSetSummary(records, source, loadedAt, version, newestModified, newestApproved,
                    columns.fields(), counts);
        }
    }

    /** Genes per chromosome in karyotype order, then those on none under {@link #NO_CHROMOSOME}. */
    private static Map<String, Integer> byChromosome(int[] masks) {
        int[] counts = new int[Chromosomes.ALL.size()];
        int none = 0;
        for (int mask : masks) {
            if (mask == 0) {
                none++;
            }
            for (int bits = mask; bits != 0; bits &= bits - 1) {
                counts[Integer.numberOfTrailingZeros(bits)]++;
            }
        }
        Map<String, Integer> byChromosome = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            byChromosome.put(Chromosomes.ALL.get(i), counts[i]);
        }
        byChromosome.put(NO_CHROMOSOME, none);
        return byChromosome;
    }

    /** The genes per value of a dictionary-coded column (-1: none), largest first, ties by value. */
    private static Map<String, Integer> byCount(List<String> values, int[] codes) {
        int[] counts = new int[values.size()];
        for (int code : codes) {
            if (code >= 0) {
                counts[code]++;
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        IntStream.range(0, counts.length).boxed()
                .sorted(Comparator.<Integer> comparingInt(code -> counts[code]).reversed().thenComparing(values::get))
                .forEach(code -> sorted.put(values.get(code), counts[code]));
        return sorted;
    }
}
