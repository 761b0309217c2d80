package dev.genedata.hgnc.gene.store;

/** The record fields that have an index in Redis, each a map from lower-cased value to gene ids. */
public enum IndexedField {
    LOCUS_GROUP("locus_group"),
    LOCUS_TYPE("locus_type"),
    STATUS("status"),
    /** Derived from {@code location}: 1–22, X, Y, MT. */
    CHROMOSOME("chromosome"),
    GENE_GROUP("gene_group"),
    SYMBOL("symbol"),
    ALIAS_SYMBOL("alias_symbol"),
    PREV_SYMBOL("prev_symbol");

    private final String fieldName;

    IndexedField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The field's name as in the HGNC records and the query parameters. */
    public String fieldName() {
        return fieldName;
    }
}
