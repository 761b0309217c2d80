package dev.genedata.hgnc.resolve.service;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.genedata.hgnc.gene.view.ViewField;

/**
 * How an input matched a gene: by its approved, a previous or an alias symbol, by its HGNC id, or by one of the
 * other identifiers HGNC records (named after the record field that holds it). The {@link #rank() rank} orders
 * them for choosing the resolved gene: an approved symbol first, then an identifier, then a previous symbol, then
 * an alias symbol.
 */
public enum MatchType {
    APPROVED_SYMBOL("approved_symbol", ViewField.SYMBOL, 0),
    HGNC_ID("hgnc_id", ViewField.HGNC_ID, 1),
    ENTREZ_ID("entrez_id", ViewField.ENTREZ_ID, 1),
    ENSEMBL_GENE_ID("ensembl_gene_id", ViewField.ENSEMBL_GENE_ID, 1),
    UNIPROT_IDS("uniprot_ids", ViewField.UNIPROT_IDS, 1),
    REFSEQ_ACCESSION("refseq_accession", ViewField.REFSEQ_ACCESSION, 1),
    OMIM_ID("omim_id", ViewField.OMIM_ID, 1),
    CCDS_ID("ccds_id", ViewField.CCDS_ID, 1),
    ENA("ena", ViewField.ENA, 1),
    MGD_ID("mgd_id", ViewField.MGD_ID, 1),
    RGD_ID("rgd_id", ViewField.RGD_ID, 1),
    UCSC_ID("ucsc_id", ViewField.UCSC_ID, 1),
    VEGA_ID("vega_id", ViewField.VEGA_ID, 1),
    RNA_CENTRAL_ID("rna_central_id", ViewField.RNA_CENTRAL_ID, 1),
    MANE_SELECT("mane_select", ViewField.MANE_SELECT, 1),
    PREVIOUS_SYMBOL("previous_symbol", ViewField.PREV_SYMBOL, 2),
    ALIAS_SYMBOL("alias_symbol", ViewField.ALIAS_SYMBOL, 3);

    private static final MatchType[] BY_FIELD = new MatchType[ViewField.values().length];

    static {
        for (MatchType type : values()) {
            BY_FIELD[type.field.ordinal()] = type;
        }
    }

    private final String id;
    private final ViewField field;
    private final int rank;

    MatchType(String id, ViewField field, int rank) {
        this.id = id;
        this.field = field;
        this.rank = rank;
    }

    /** Its name in answers. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Lower is better: 0 approved symbol, 1 an identifier, 2 previous symbol, 3 alias symbol. */
    public int rank() {
        return rank;
    }

    /** Whether it is a symbol (approved, previous or alias), which a spreadsheet date may have been. */
    public boolean isSymbol() {
        return this == APPROVED_SYMBOL || this == PREVIOUS_SYMBOL || this == ALIAS_SYMBOL;
    }

    /** The match type of a value found in this field; null for a field that is not {@link ViewField#IDENTIFYING}. */
    public static MatchType of(ViewField field) {
        return BY_FIELD[field.ordinal()];
    }

    /** Every match type's name, in rank order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(MatchType::id).toList();
    }
}
