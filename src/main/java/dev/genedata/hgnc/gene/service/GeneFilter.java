package dev.genedata.hgnc.gene.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.genedata.hgnc.common.error.ServiceException;
import dev.genedata.hgnc.gene.model.Chromosomes;
import dev.genedata.hgnc.gene.store.GeneStore.IndexProbe;
import dev.genedata.hgnc.gene.store.IndexedField;
import dev.genedata.hgnc.gene.store.PackedIds;

/**
 * The filters of {@code GET /genes}, combined with AND. Values compare case-insensitively and whole:
 * {@code gene_group} is a group's exact name, {@code q} matches a symbol, an alias symbol or a
 * previous symbol. A null value means "any".
 *
 * @param locusGroup {@code locus_group}
 * @param locusType {@code locus_type}
 * @param status {@code status}
 * @param chromosome 1–22, X, Y or MT, derived from {@code location}
 * @param geneGroup a {@code gene_group} name
 * @param q a symbol, alias symbol or previous symbol
 */
public record GeneFilter(String locusGroup, String locusType, String status, String chromosome, String geneGroup,
        String q) {

    private static final IndexedField[] SYMBOL_FIELDS = {
        IndexedField.SYMBOL, IndexedField.ALIAS_SYMBOL, IndexedField.PREV_SYMBOL };

    /**
     * Checks the values and drops blank ones.
     *
     * @throws ServiceException 400 for a chromosome outside 1–22, X, Y, MT
     */
    public GeneFilter {
        locusGroup = blankToNull(locusGroup);
        locusType = blankToNull(locusType);
        status = blankToNull(status);
        geneGroup = blankToNull(geneGroup);
        q = blankToNull(q);
        chromosome = blankToNull(chromosome);
        if (chromosome != null) {
            String normalized = chromosome.toUpperCase(Locale.ROOT);
            if (!Chromosomes.isValid(normalized)) {
                throw ServiceException.badRequest("chromosome must be one of " + String.join(", ", Chromosomes.ALL)
                        + "; got '" + chromosome + "'");
            }
            chromosome = normalized;
        }
    }

    /** No filter at all. */
    public static GeneFilter none() {
        return new GeneFilter(null, null, null, null, null, null);
    }

    /** The index probes this filter needs, in the order {@link #select} expects their answers. */
    public List<IndexProbe> probes() {
        List<IndexProbe> probes = new ArrayList<>();
        add(probes, IndexedField.LOCUS_GROUP, locusGroup);
        add(probes, IndexedField.LOCUS_TYPE, locusType);
        add(probes, IndexedField.STATUS, status);
        add(probes, IndexedField.CHROMOSOME, chromosome);
        add(probes, IndexedField.GENE_GROUP, geneGroup);
        if (q != null) {
            for (IndexedField field : SYMBOL_FIELDS) {
                probes.add(new IndexProbe(field, q));
            }
        }
        return probes;
    }

    /**
     * Combines the probes' answers: the ids every filter matches, ascending.
     *
     * @param all every id of the set, ascending
     * @param matches the ascending ids per probe, in the order of {@link #probes()}
     */
    public int[] select(int[] all, List<int[]> matches) {
        int[] selected = all;
        int plain = matches.size() - (q == null ? 0 : SYMBOL_FIELDS.length);
        for (int i = 0; i < plain; i++) {
            selected = PackedIds.intersect(selected, matches.get(i));
        }
        if (q != null) {
            int[] symbols = new int[0];
            for (int i = plain; i < matches.size(); i++) {
                symbols = PackedIds.union(symbols, matches.get(i));
            }
            selected = PackedIds.intersect(selected, symbols);
        }
        return selected;
    }

    private static void add(List<IndexProbe> probes, IndexedField field, String value) {
        if (value != null) {
            probes.add(new IndexProbe(field, value));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
