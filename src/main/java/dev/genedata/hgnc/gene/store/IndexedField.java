package dev.genedata.hgnc.gene.store;

/** The record fields that have an index in Redis, each a map from lower-cased value to gene ids. */
public enum IndexedField {
    LOCUS_GROUP("locus_group", false),
    LOCUS_TYPE("locus_type", false),
    STATUS("status", false),
    /** Derived from {@code location}: 1–22, X, Y, MT. */
    CHROMOSOME("chromosome", false),
    GENE_GROUP("gene_group", false),
    SYMBOL("symbol", true),
    ALIAS_SYMBOL("alias_symbol", true),
    PREV_SYMBOL("prev_symbol", true);

    private final String fieldName;
    private final boolean bucketed;

    IndexedField(String fieldName, boolean bucketed) {
        this.fieldName = fieldName;
        this.bucketed = bucketed;
    }

    /**
     * Whether the index is stored in {@link IndexBuckets}: its values are nearly all on one gene each, and there
     * are tens of thousands of them.
     */
    public boolean bucketed() {
        return bucketed;
    }

    /** The field's name as in the HGNC records and the query parameters. */
    public String fieldName() {
        return fieldName;
    }
}
