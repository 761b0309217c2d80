package dev.genedata.hgnc.gene.store;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.genedata.hgnc.gene.model.GeneFacts;

/**
 * Builds, at load time, the indexes {@code GET /genes} filters with: per {@link IndexedField}, each
 * lower-cased value → the ascending ids of the genes that have it.
 */
public final class GeneIndexBuilder {

    private final Map<IndexedField, Map<String, IdList>> indexes = new EnumMap<>(IndexedField.class);
    private final IdList all = new IdList();

    /** Adds one gene to every index it belongs to. */
    public void add(GeneFacts gene) {
        int id = gene.id();
        all.add(id);
        put(IndexedField.LOCUS_GROUP, gene.locusGroup(), id);
        put(IndexedField.LOCUS_TYPE, gene.locusType(), id);
        put(IndexedField.STATUS, gene.status(), id);
        put(IndexedField.SYMBOL, gene.symbol(), id);
        gene.chromosomes().forEach(chromosome -> put(IndexedField.CHROMOSOME, chromosome, id));
        gene.geneGroups().forEach(group -> put(IndexedField.GENE_GROUP, group, id));
        gene.aliasSymbols().forEach(alias -> put(IndexedField.ALIAS_SYMBOL, alias, id));
        gene.prevSymbols().forEach(previous -> put(IndexedField.PREV_SYMBOL, previous, id));
    }

    /** Every id added, ascending. */
    public int[] ids() {
        return all.sorted();
    }

    /** The indexes, each value's ids ascending. */
    public Map<IndexedField, Map<String, int[]>> indexes() {
        Map<IndexedField, Map<String, int[]>> built = new EnumMap<>(IndexedField.class);
        for (IndexedField field : IndexedField.values()) {
            Map<String, int[]> values = new HashMap<>();
            indexes.getOrDefault(field, Map.of()).forEach((value, ids) -> values.put(value, ids.sorted()));
            built.put(field, values);
        }
        return built;
    }

    private void put(IndexedField field, String value, int id) {
        if (value == null || value.isEmpty()) {
            return;
        }
        indexes.computeIfAbsent(field, f -> new HashMap<>())
                .computeIfAbsent(value.toLowerCase(Locale.ROOT), v -> new IdList())
                .add(id);
    }

    /** A growable int list that sorts and drops repeats once at the end. */
    private static final class IdList {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int[] sorted() {
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
