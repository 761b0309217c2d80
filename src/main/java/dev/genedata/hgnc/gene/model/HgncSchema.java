package dev.genedata.hgnc.gene.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The HGNC complete set's fields: their order in HGNC's TSV and their type in HGNC's JSON, so that
 * both formats load to identical records.
 */
public final class HgncSchema {

    /** The JSON type of a field. */
    public enum FieldType {
        /** A string. */
        STRING,
        /** An integer. */
        INTEGER,
        /** An array of strings, even with one value. */
        STRING_ARRAY,
        /** An array of integers. */
        INTEGER_ARRAY
    }

    /** The 54 columns of {@code hgnc_complete_set.txt}, in order. */
    public static final List<String> TSV_COLUMNS = List.of("hgnc_id", "symbol", "name", "locus_group", "locus_type",
            "status", "location", "location_sortable", "alias_symbol", "alias_name", "prev_symbol", "prev_name",
            "gene_group", "gene_group_id", "date_approved_reserved", "date_symbol_changed", "date_name_changed",
            "date_modified", "entrez_id", "ensembl_gene_id", "vega_id", "ucsc_id", "ena", "refseq_accession",
            "ccds_id", "uniprot_ids", "pubmed_id", "mgd_id", "rgd_id", "lsdb", "cosmic", "omim_id", "mirbase",
            "homeodb", "snornabase", "bioparadigms_slc", "orphanet", "pseudogene.org", "horde_id", "merops", "imgt",
            "iuphar", "kznf_gene_catalog", "mamit-trnadb", "cd", "lncrnadb", "enzyme_id", "intermediate_filament_db",
            "rna_central_id", "lncipedia", "gtrnadb", "agr", "mane_select", "gencc");

    private static final Set<String> STRING_ARRAYS = Set.of("alias_symbol", "alias_name", "prev_symbol", "prev_name",
            "gene_group", "ena", "refseq_accession", "ccds_id", "uniprot_ids", "mgd_id", "rgd_id", "lsdb", "omim_id",
            "enzyme_id", "mane_select", "rna_central_id");

    private static final Map<String, FieldType> OTHERS = Map.of(
            "gene_group_id", FieldType.INTEGER_ARRAY,
            "pubmed_id", FieldType.INTEGER_ARRAY,
            "homeodb", FieldType.INTEGER,
            "orphanet", FieldType.INTEGER,
            "kznf_gene_catalog", FieldType.INTEGER,
            "mamit-trnadb", FieldType.INTEGER);

    private static final Map<String, FieldType> TYPES = TSV_COLUMNS.stream().collect(Collectors.toUnmodifiableMap(
            column -> column,
            column -> STRING_ARRAYS.contains(column) ? FieldType.STRING_ARRAY : OTHERS.getOrDefault(column, FieldType.STRING)));

    private static final Map<String, Integer> INDEXES = IntStream.range(0, TSV_COLUMNS.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(TSV_COLUMNS::get, i -> i));

    static {
        if (TSV_COLUMNS.size() > Long.SIZE) {
            throw new IllegalStateException("a FieldSet holds HGNC's fields as bits of a long: at most 64");
        }
    }

    private HgncSchema() {
    }

    /** The field's position in {@link #TSV_COLUMNS}, or -1 when HGNC does not list it. */
    public static int indexOf(String field) {
        return INDEXES.getOrDefault(field, -1);
    }

    /** The JSON type of a field in HGNC's JSON; fields HGNC's TSV does not list are treated as strings. */
    public static FieldType typeOf(String field) {
        return TYPES.getOrDefault(field, FieldType.STRING);
    }
}
