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
 * lower-cased value → the ascending ids of the genes that have it. The fields with few values (locus group
 * and type, status, chromosome, gene group) are indexed at the end from the set's {@link GeneColumns},
 * which code those values already; the others gene by gene.
 * <p>
 * Symbols, aliases and previous symbols are nearly all on one gene each, and there are about 100,000 of
 * them: each goes to an {@link EarlyEntries} sink the first time it appears, with its first id, so that
 * Redis takes them in while the file is still being read. Only the few that turn up on more genes are
 * left for {@link #indexes(GeneColumns)}, whose full lists then replace those entries.
 */
public final class GeneIndexBuilder {

    /** Receives the first id of each value of an index whose values are nearly all on one gene. */
    @FunctionalInterface
    public interface EarlyEntries {

        /**
         * Takes a value that has just appeared.
         *
         * @param field the index
         * @param value the value, lower-cased
         * @param id the first gene that has it
         */
        void entry(IndexedField field, String value, int id);
    }

    /** The fields indexed gene by gene: values nearly all on one gene each. */
    private static final List<IndexedField> MANY_VALUES = List.of(IndexedField.SYMBOL, IndexedField.ALIAS_SYMBOL,
            IndexedField.PREV_SYMBOL);
    /** Room for HGNC's 44,000 symbols and as many aliases without growing the maps while loading. */
    private static final int CAPACITY = 1 << 17;

    private final Map<IndexedField, Map<String, IdList>> indexes = new EnumMap<>(IndexedField.class);
    private final IdList all = new IdList();
    private final EarlyEntries early;

    /** Starts empty indexes that keep every value for {@link #indexes(GeneColumns)}. */
    public GeneIndexBuilder() {
        this(null);
    }

    /**
     * Starts empty indexes that hand the values of the many-valued fields to {@code early} as they appear.
     *
     * @param early receives symbols, aliases and previous symbols with their first id; null keeps them all
     *        for {@link #indexes(GeneColumns)}
     */
    public GeneIndexBuilder(EarlyEntries early) {
        this.early = early;
        MANY_VALUES.forEach(field -> indexes.put(field, new HashMap<>(CAPACITY)));
    }

    /** Adds one gene to every index it belongs to. */
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

    /**
     * The indexes, each value's ids ascending; of the values handed out early, only those that turned up
     * on more than one gene.
     *
     * @param columns the columns of the same genes, which the fields with few values are indexed from
     */
    public Map<IndexedField, Map<String, int[]>> indexes(GeneColumns columns) {
        Map<IndexedField, Map<String, int[]>> built = new EnumMap<>(IndexedField.class);
        indexes.forEach((field, lists) -> {
            Map<String, int[]> values = new HashMap<>(early != null ? 1024 : lists.size() * 4 / 3 + 1);
            lists.forEach((value, ids) -> {
                if (early == null || ids.size > 1) {
                    values.put(value, ids.sorted());
                }
            });
            built.put(field, values);
        });
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
        if (value == null || value.isEmpty()) {
            return;
        }
        String lowerCased = value.toLowerCase(Locale.ROOT);
        Map<String, IdList> lists = indexes.get(field);
        IdList ids = lists.get(lowerCased);
        if (ids == null) {
            ids = new IdList();
            lists.put(lowerCased, ids);
            if (early != null) {
                early.entry(field, lowerCased, id);
            }
        }
        ids.add(id);
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
        private boolean ascending = true;

        void add(int id) {
            if (size > 0) {
                int last = ids[size - 1];
                if (id == last) {
                    return;
                }
                ascending &= id > last;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int[] sorted() {
            if (ascending) {
                return size == ids.length ? ids : Arrays.copyOf(ids, size);
            }
            int[] copy = Arrays.copyOf(ids, size);
            Arrays.sort(copy);
            int distinct = 0;
            for (int i = 0; i < copy.length; i++) {
                if (distinct == 0 || copy[i] != copy[distinct - 1]) {
                    copy[distinct++] = copy[i];
                }
            }
            return distinct == copy.length ? copy : Arrays.copyOf(copy, distinct);
        }
    }
}
