package dev.genedata.hgnc.gene.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

    /** Builds the columns of a set from its genes' facts, in the given order. */
    public static GeneColumns of(long version, List<GeneFacts> genes, List<String> fields) {
        Builder builder = new Builder();
        genes.forEach(builder::add);
        return builder.build(version, fields);
    }

    /**
     * Builds the columns gene by gene as a set is read. Which fields a gene has filled is kept as it comes
     * (HGNC's fields as schema bits, others as codes in the order they first appear) and turned into bits
     * of the final field order at the end.
     */
    public static final class Builder {

        private final Dictionary groups = new Dictionary();
        private final Dictionary types = new Dictionary();
        private final Dictionary statuses = new Dictionary();
        private final Dictionary geneGroupNames = new Dictionary();
        /** Codes of the fields HGNC does not list. */
        private final Dictionary otherFields = new Dictionary();
        private int size;
        private int[] ids = new int[1024];
        private String[] symbols = new String[1024];
        private int[] locusGroup = new int[1024];
        private int[] locusType = new int[1024];
        private int[] status = new int[1024];
        private int[] chromosomes = new int[1024];
        private int[][] geneGroups = new int[1024][];
        private int[] years = new int[1024];
        /** Per gene, {@link FieldSet#schemaBits()}. */
        private long[] schemaBits = new long[1024];
        /** Per gene, the end (exclusive) of its other fields' codes in {@link #otherCodes}. */
        private int[] othersEnd = new int[1024];
        private int[] otherCodes = new int[16];
        private int othersLength;

        /** Adds the next gene. */
        public void add(GeneFacts gene) {
            if (size == ids.length) {
                grow();
            }
            int g = size++;
            ids[g] = gene.id();
            symbols[g] = gene.symbol();
            locusGroup[g] = groups.code(gene.locusGroup());
            locusType[g] = types.code(gene.locusType());
            status[g] = statuses.code(gene.status());
            chromosomes[g] = gene.chromosomes().stream()
                    .mapToInt(chromosome -> 1 << Chromosomes.ALL.indexOf(chromosome)).reduce(0, (a, b) -> a | b);
            geneGroups[g] = gene.geneGroups().stream().mapToInt(geneGroupNames::code).toArray();
            years[g] = gene.yearApproved();
            schemaBits[g] = gene.fields().schemaBits();
            List<String> others = gene.fields().others();
            if (othersLength + others.size() > otherCodes.length) {
                otherCodes = Arrays.copyOf(otherCodes, Math.max(otherCodes.length * 2, othersLength + others.size()));
            }
            for (String field : others) {
                otherCodes[othersLength++] = otherFields.code(field);
            }
            othersEnd[g] = othersLength;
        }

        /** The columns of every gene added, with {@code fields} as the bit order of the filled fields. */
        public GeneColumns build(long version, List<String> fields) {
            Map<String, Integer> fieldIndex = IntStream.range(0, fields.size()).boxed()
                    .collect(Collectors.toMap(fields::get, i -> i, (first, last) -> last));
            int[] bitOfSchema = HgncSchema.TSV_COLUMNS.stream().mapToInt(field -> fieldIndex.getOrDefault(field, -1)).toArray();
            int[] bitOfCode = otherFields.values().stream().mapToInt(field -> fieldIndex.getOrDefault(field, -1)).toArray();
            int words = Math.max(1, (fields.size() + 63) / 64);
            long[] filled = new long[size * words];
            int from = 0;
            for (int g = 0; g < size; g++) {
                for (long bits = schemaBits[g]; bits != 0; bits &= bits - 1) {
                    set(filled, g * words, bitOfSchema[Long.numberOfTrailingZeros(bits)]);
                }
                for (int k = from; k < othersEnd[g]; k++) {
                    set(filled, g * words, bitOfCode[otherCodes[k]]);
                }
                from = othersEnd[g];
            }
            return new GeneColumns(version, List.copyOf(fields), Arrays.copyOf(ids, size), Arrays.copyOf(symbols, size),
                    groups.values(), Arrays.copyOf(locusGroup, size), types.values(), Arrays.copyOf(locusType, size),
                    statuses.values(), Arrays.copyOf(status, size), Arrays.copyOf(chromosomes, size),
                    geneGroupNames.values(), Arrays.copyOf(geneGroups, size), Arrays.copyOf(years, size), words, filled);
        }

        /** Sets bit {@code field} of the gene whose words start at {@code offset}; -1 is a field not in the order. */
        private static void set(long[] filled, int offset, int field) {
            if (field >= 0) {
                filled[offset + (field >>> 6)] |= 1L << (field & 63);
            }
        }

        private void grow() {
            int capacity = ids.length * 2;
            ids = Arrays.copyOf(ids, capacity);
            symbols = Arrays.copyOf(symbols, capacity);
            locusGroup = Arrays.copyOf(locusGroup, capacity);
            locusType = Arrays.copyOf(locusType, capacity);
            status = Arrays.copyOf(status, capacity);
            chromosomes = Arrays.copyOf(chromosomes, capacity);
            geneGroups = Arrays.copyOf(geneGroups, capacity);
            years = Arrays.copyOf(years, capacity);
            schemaBits = Arrays.copyOf(schemaBits, capacity);
            othersEnd = Arrays.copyOf(othersEnd, capacity);
        }
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
