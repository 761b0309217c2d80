package dev.genedata.hgnc.gene.store;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import dev.genedata.hgnc.gene.model.Chromosomes;
import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.gene.model.GeneFacts;

/**
 * Builds, at load time, the indexes {@code GET /genes} filters with: per {@link IndexedField}, each
 * lower-cased value → the ascending ids of the genes that have it. Symbols, aliases and previous symbols
 * (about 100,000 values, nearly all on one gene each) go into {@link IndexBuckets} gene by gene; the fields
 * with few values (locus group and type, status, chromosome, gene group) are indexed at the end from the
 * set's {@link GeneColumns}, which code those values already.
 */
public final class GeneIndexBuilder {

    private final Map<IndexedField, IndexBuckets.Builder> buckets = new EnumMap<>(IndexedField.class);
    private final IdList all = new IdList();

    /** Starts empty indexes. */
    public GeneIndexBuilder() {
        for (IndexedField field : IndexedField.values()) {
            if (field.bucketed()) {
                buckets.put(field, new IndexBuckets.Builder());
            }
        }
    }

    /** Adds one gene to the id list and to the bucketed indexes. */
    public void add(GeneFacts gene) {
        int id = gene.id();
        all.add(id);
        put(IndexedField.SYMBOL, gene.symbol(), id);
        for (String alias : gene.aliasSymbols()) {
            put(IndexedField.ALIAS_SYMBOL, alias, id);
        }
        for (String previous : gene.prevSymbols()) {
            put(IndexedField.PREV_SYMBOL, previous, id);
        }
    }

    /** Every id added, ascending. */
    public int[] ids() {
        return all.sorted();
    }

    /** The bucketed indexes: per field, every bucket's stored form by bucket number. */
    public Map<IndexedField, byte[][]> buckets() {
        Map<IndexedField, byte[][]> built = new EnumMap<>(IndexedField.class);
        buckets.forEach((field, builder) -> built.put(field, builder.build()));
        return built;
    }

    /**
     * The indexes of the fields with few values, each value's ids ascending.
     *
     * @param columns the columns of the genes added, which these fields are indexed from
     */
    public Map<IndexedField, Map<String, int[]>> indexes(GeneColumns columns) {
        Map<IndexedField, Map<String, int[]>> built = new EnumMap<>(IndexedField.class);
        int[] ids = columns.ids();
        int[] byId = genesById(ids);
        int[] locusGroup = columns.locusGroup();
        int[] locusType = columns.locusType();
        int[] status = columns.status();
        int[] chromosomes = columns.chromosomes();
        int[][] geneGroups = columns.geneGroups();
        built.put(IndexedField.LOCUS_GROUP, fromCodes(columns.locusGroups(), ids, byId,
                (gene, codes) -> codes.accept(locusGroup[gene])));
        built.put(IndexedField.LOCUS_TYPE, fromCodes(columns.locusTypes(), ids, byId,
                (gene, codes) -> codes.accept(locusType[gene])));
        built.put(IndexedField.STATUS, fromCodes(columns.statuses(), ids, byId,
                (gene, codes) -> codes.accept(status[gene])));
        built.put(IndexedField.CHROMOSOME, fromCodes(Chromosomes.ALL, ids, byId, (gene, codes) -> {
            for (int bits = chromosomes[gene]; bits != 0; bits &= bits - 1) {
                codes.accept(Integer.numberOfTrailingZeros(bits));
            }
        }));
        built.put(IndexedField.GENE_GROUP, fromCodes(columns.geneGroupNames(), ids, byId, (gene, codes) -> {
            for (int code : geneGroups[gene]) {
                codes.accept(code);
            }
        }));
        return built;
    }

    private void put(IndexedField field, String value, int id) {
        if (value != null && !value.isEmpty()) {
            buckets.get(field).add(value.toLowerCase(Locale.ROOT), id);
        }
    }

    /** The positions of the genes in {@code ids}, in ascending id order. */
    private static int[] genesById(int[] ids) {
        long[] keyed = new long[ids.length];
        for (int gene = 0; gene < ids.length; gene++) {
            keyed[gene] = (long) ids[gene] << 32 | gene;
        }
        Arrays.sort(keyed);
        int[] order = new int[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    /**
     * Indexes a dictionary-coded column: lower-cased value → ascending ids. Genes are visited in id order,
     * so every list comes out ascending; values that differ only in case share a list.
     */
    private static Map<String, int[]> fromCodes(List<String> dictionary, int[] ids, int[] byId, GeneCodes codes) {
        Map<String, IdList> lists = new HashMap<>();
        IdList[] listOfCode = new IdList[dictionary.size()];
        for (int code = 0; code < listOfCode.length; code++) {
            String value = dictionary.get(code);
            if (value != null && !value.isEmpty()) {
                listOfCode[code] = lists.computeIfAbsent(value.toLowerCase(Locale.ROOT), v -> new IdList());
            }
        }
        for (int gene : byId) {
            int id = ids[gene];
            codes.of(gene, code -> {
                if (code >= 0 && listOfCode[code] != null) {
                    listOfCode[code].add(id);
                }
            });
        }
        Map<String, int[]> values = new HashMap<>(lists.size() * 4 / 3 + 1);
        lists.forEach((value, list) -> values.put(value, list.sorted()));
        return values;
    }

    /** The dictionary codes one gene has in a column. */
    @FunctionalInterface
    private interface GeneCodes {

        void of(int gene, IntConsumer codes);
    }

    /** A growable int list that sorts and drops repeats at the end, unless its ids came in ascending. */
    private static final class IdList {
        private int[] ids = new int[1];
        private int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int[] sorted() {
            return PackedIds.sortedDistinct(ids, size);
        }
    }
}
