package dev.genedata.hgnc.gene.view;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A field the read view indexes: every field HGNC's REST service searches, plus {@code gene_group} and the
 * chromosome derived from {@code location}. {@link Kind#KEYWORD keyword} fields match whole values ignoring
 * case (wildcards work on them); {@link Kind#TEXT text} fields match words, and whole values through
 * {@link #exactField()}.
 */
public enum ViewField {
    SYMBOL("symbol", Kind.KEYWORD),
    ALIAS_SYMBOL("alias_symbol", Kind.KEYWORD),
    PREV_SYMBOL("prev_symbol", Kind.KEYWORD),
    NAME("name", Kind.TEXT),
    ALIAS_NAME("alias_name", Kind.TEXT),
    PREV_NAME("prev_name", Kind.TEXT),
    HGNC_ID("hgnc_id", Kind.KEYWORD),
    STATUS("status", Kind.KEYWORD),
    LOCUS_GROUP("locus_group", Kind.KEYWORD),
    LOCUS_TYPE("locus_type", Kind.KEYWORD),
    LOCATION("location", Kind.KEYWORD),
    ENTREZ_ID("entrez_id", Kind.KEYWORD),
    ENSEMBL_GENE_ID("ensembl_gene_id", Kind.KEYWORD),
    UNIPROT_IDS("uniprot_ids", Kind.KEYWORD),
    REFSEQ_ACCESSION("refseq_accession", Kind.KEYWORD),
    OMIM_ID("omim_id", Kind.KEYWORD),
    CCDS_ID("ccds_id", Kind.KEYWORD),
    ENA("ena", Kind.KEYWORD),
    MGD_ID("mgd_id", Kind.KEYWORD),
    RGD_ID("rgd_id", Kind.KEYWORD),
    UCSC_ID("ucsc_id", Kind.KEYWORD),
    VEGA_ID("vega_id", Kind.KEYWORD),
    RNA_CENTRAL_ID("rna_central_id", Kind.KEYWORD),
    MANE_SELECT("mane_select", Kind.KEYWORD),
    GENE_GROUP("gene_group", Kind.KEYWORD),
    CHROMOSOME("chromosome", Kind.KEYWORD);

    /** How a field's values are matched. */
    public enum Kind {
        /** Whole values, ignoring case. */
        KEYWORD,
        /** Words (standard tokenization, lower-cased); whole values through the exact field. */
        TEXT
    }

    /** The fields counted per value in facets: what {@code /search?facets=} accepts. */
    public static final List<ViewField> FACETS = List.of(LOCUS_GROUP, LOCUS_TYPE, STATUS, CHROMOSOME, GENE_GROUP);

    /**
     * The fields whose whole values name genes: the symbols and every identifier. {@link ExactValues} holds their
     * values for lookups of many values at once.
     */
    public static final Set<ViewField> IDENTIFYING = Collections.unmodifiableSet(EnumSet.of(SYMBOL, PREV_SYMBOL,
            ALIAS_SYMBOL, HGNC_ID, ENTREZ_ID, ENSEMBL_GENE_ID, UNIPROT_IDS, REFSEQ_ACCESSION, OMIM_ID, CCDS_ID, ENA, MGD_ID,
            RGD_ID, UCSC_ID, VEGA_ID, RNA_CENTRAL_ID, MANE_SELECT));

    private final String id;
    private final Kind kind;

    ViewField(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** The field's name in records, queries and answers. */
    public String id() {
        return id;
    }

    /** How its values are matched. */
    public Kind kind() {
        return kind;
    }

    /** The index field that holds whole values lower-cased: the field itself for keywords. */
    public String exactField() {
        return kind == Kind.KEYWORD ? id : id + ".exact";
    }

    /** Whether its values name genes ({@link #IDENTIFYING}). */
    public boolean isIdentifying() {
        return IDENTIFYING.contains(this);
    }

    /** Whether it is counted in facets. */
    public boolean isFacet() {
        return FACETS.contains(this);
    }

    /** The field with this name. */
    public static Optional<ViewField> of(String id) {
        return Arrays.stream(values()).filter(field -> field.id.equals(id)).findFirst();
    }

    /** Every field's name, in this order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ViewField::id).toList();
    }
}
