package dev.genedata.hgnc.gene.store;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.genedata.hgnc.gene.model.GeneFacts;

/**
 * Builds, at load time, the indexes {@code GET /genes} filters with: per {@link IndexedField}, each
 * lower-cased value → the ascending ids of the genes that have it.
 * <p>
 * Symbols, aliases and previous symbols are nearly all on one gene each, and there are about 100,000 of
 * them: each goes to an {@link EarlyEntries} sink the first time it appears, with its first id, so that
 * Redis takes them in while the file is still being read. Only the few that turn up on more genes are
 * left for {@link #indexes()}, whose full lists then replace those entries.
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

    /** Fields with few values, each on many genes: their values are lower-cased once, not once per gene. */
    private static final Set<IndexedField> FEW_VALUES = EnumSet.of(IndexedField.LOCUS_GROUP, IndexedField.LOCUS_TYPE,
            IndexedField.STATUS, IndexedField.CHROMOSOME, IndexedField.GENE_GROUP);
    /** Room for HGNC's 44,000 symbols and as many aliases without growing the maps while loading. */
    private static final int MANY_VALUES = 1 << 17;

    private final Map<IndexedField, Map<String, IdList>> indexes = new EnumMap<>(IndexedField.class);
    /** For the fields with few values: each value as written → its list in {@link #indexes}. */
    private final Map<IndexedField, Map<String, IdList>> asWritten = new EnumMap<>(IndexedField.class);
    private final IdList all = new IdList();
    private final EarlyEntries early;

    /** Starts empty indexes that keep every value for {@link #indexes()}. */
    public GeneIndexBuilder() {
        this(null);
    }

    /**
     * Starts empty indexes that hand the values of the many-valued fields to {@code early} as they appear.
     *
     * @param early receives symbols, aliases and previous symbols with their first id; null keeps them all
     *        for {@link #indexes()}
     */
    public GeneIndexBuilder(EarlyEntries early) {
        this.early = early;
        for (IndexedField field : IndexedField.values()) {
            boolean few = FEW_VALUES.contains(field);
            indexes.put(field, new HashMap<>(few ? 256 : MANY_VALUES));
            if (few) {
                asWritten.put(field, new HashMap<>(256));
            }
        }
    }

    /** Adds one gene to every index it belongs to. */
    public void add(GeneFacts gene) {
        int id = gene.id();
        all.add(id);
        put(IndexedField.LOCUS_GROUP, gene.locusGroup(), id);
        put(IndexedField.LOCUS_TYPE, gene.locusType(), id);
        put(IndexedField.STATUS, gene.status(), id);
        put(IndexedField.SYMBOL, gene.symbol(), id);
        for (String chromosome : gene.chromosomes()) {
            put(IndexedField.CHROMOSOME, chromosome, id);
        }
        for (String group : gene.geneGroups()) {
            put(IndexedField.GENE_GROUP, group, id);
        }
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
     */
    public Map<IndexedField, Map<String, int[]>> indexes() {
        Map<IndexedField, Map<String, int[]>> built = new EnumMap<>(IndexedField.class);
        indexes.forEach((field, lists) -> {
            boolean handedOut = early != null && !FEW_VALUES.contains(field);
            Map<String, int[]> values = new HashMap<>(handedOut ? 1024 : lists.size() * 4 / 3 + 1);
            lists.forEach((value, ids) -> {
                if (!handedOut || ids.size > 1) {
                    values.put(value, ids.sorted());
                }
            });
            built.put(field, values);
        });
        return built;
    }

    private void put(IndexedField field, String value, int id) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Map<String, IdList> written = asWritten.get(field);
        IdList ids = written == null ? null : written.get(value);
        if (ids == null) {
            String lowerCased = value.toLowerCase(Locale.ROOT);
            Map<String, IdList> lists = indexes.get(field);
            ids = lists.get(lowerCased);
            if (ids == null) {
                ids = new IdList();
                lists.put(lowerCased, ids);
                if (early != null && written == null) {
                    early.entry(field, lowerCased, id);
                }
            }
            if (written != null) {
                written.put(value, ids);
            }
        }
        ids.add(id);
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
