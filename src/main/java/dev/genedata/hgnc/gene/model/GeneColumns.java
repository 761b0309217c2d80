package dev.genedata.hgnc.gene.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.genedata.hgnc.gene.parse.Chromosomes;

/**
 * The gene set as compact columns, one array element per gene: what analyses read instead of every
 * record's JSON. Written once at load time beside the set (one Redis value per version), so a worker
 * fetches it once per data version and answers each job from memory. Text values are dictionary-coded:
 * a gene's code indexes the dictionary, -1 meaning "none".
 *
 * @param version the data version these columns belong to
 * @param fields the set's field names, the bit order of {@link #filled}
 * @param ids numeric HGNC ids
 * @param symbols approved symbols
 * @param locusGroups dictionary of {@code locus_group} values
 * @param locusGroup per gene, its code in {@link #locusGroups}
 * @param locusTypes dictionary of {@code locus_type} values
 * @param locusType per gene, its code in {@link #locusTypes}
 * @param statuses dictionary of {@code status} values
 * @param status per gene, its code in {@link #statuses}
 * @param chromosomes per gene, a bit mask over {@link Chromosomes#ALL} (bit i = ALL.get(i))
 * @param geneGroupNames dictionary of {@code gene_group} names
 * @param geneGroups per gene, the codes of its groups
 * @param yearApproved per gene, the year of {@code date_approved_reserved}, 0 when absent
 * @param filledWords how many longs of {@link #filled} each gene has
 * @param filled per gene, {@code filledWords} longs: bit i set when {@code fields.get(i)} is filled
 */
public record GeneColumns(long version, List<String> fields, int[] ids, String[] symbols,
        List<String> locusGroups, int[] locusGroup, List<String> locusTypes, int[] locusType,
        List<String> statuses, int[] status, int[] chromosomes, List<String> geneGroupNames, int[][] geneGroups,
        int[] yearApproved, int filledWords, long[] filled) {

    /** How many genes the columns hold. */
    public int size() {
        return ids.length;
    }

    /** Whether gene {@code gene} has field number {@code field} filled. */
    public boolean isFilled(int gene, int field) {
        return (filled[gene * filledWords + (field >>> 6)] & (1L << (field & 63))) != 0;
    }

    /** Whether gene {@code gene} is on the chromosome (one of {@link Chromosomes#ALL}). */
    public boolean isOn(int gene, String chromosome) {
        int bit = Chromosomes.ALL.indexOf(chromosome);
        return bit >= 0 && (chromosomes[gene] & (1 << bit)) != 0;
    }

    /** Builds the columns of a set from its genes' facts, in the given order. */
    public static GeneColumns of(long version, List<GeneFacts> genes, List<String> fields) {
        int n = genes.size();
        Map<String, Integer> fieldIndex = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            fieldIndex.put(fields.get(i), i);
        }
        int words = Math.max(1, (fields.size() + 63) / 64);
        Dictionary groups = new Dictionary();
        Dictionary types = new Dictionary();
        Dictionary statuses = new Dictionary();
        Dictionary geneGroupNames = new Dictionary();
        int[] ids = new int[n];
        String[] symbols = new String[n];
        int[] locusGroup = new int[n];
        int[] locusType = new int[n];
        int[] status = new int[n];
        int[] chromosomes = new int[n];
        int[][] geneGroups = new int[n][];
        int[] years = new int[n];
        long[] filled = new long[n * words];
        for (int g = 0; g < n; g++) {
            GeneFacts gene = genes.get(g);
            ids[g] = gene.id();
            symbols[g] = gene.symbol();
            locusGroup[g] = groups.code(gene.locusGroup());
            locusType[g] = types.code(gene.locusType());
            status[g] = statuses.code(gene.status());
            for (String chromosome : gene.chromosomes()) {
                chromosomes[g] |= 1 << Chromosomes.ALL.indexOf(chromosome);
            }
            geneGroups[g] = gene.geneGroups().stream().mapToInt(geneGroupNames::code).toArray();
            years[g] = gene.yearApproved();
            for (String field : gene.fields()) {
                int f = fieldIndex.getOrDefault(field, -1);
                if (f >= 0) {
                    filled[g * words + (f >>> 6)] |= 1L << (f & 63);
                }
            }
        }
        return new GeneColumns(version, List.copyOf(fields), ids, symbols, groups.values(), locusGroup,
                types.values(), locusType, statuses.values(), status, chromosomes, geneGroupNames.values(), geneGroups,
                years, words, filled);
    }

    /** Assigns codes 0, 1, 2 … to values in the order they first appear. */
    private static final class Dictionary {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        int code(String value) {
            if (value == null) {
                return -1;
            }
            return codes.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        List<String> values() {
            return List.copyOf(values);
        }
    }
}
