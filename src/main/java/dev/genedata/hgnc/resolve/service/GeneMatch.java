package dev.genedata.hgnc.resolve.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One gene an input matched, and how.
 *
 * @param matchType how it matched
 * @param hgncId the gene's id
 * @param symbol its approved symbol
 * @param name its approved name
 * @param location its cytogenetic location
 * @param viaSpreadsheetDate for a match found by reading the input as a date a spreadsheet made of a symbol, that
 *        symbol ({@code 1-Mar}: {@code MARCH1}); absent otherwise
 */
@JsonPropertyOrder({ "matchType", "hgnc_id", "symbol", "name", "location", "viaSpreadsheetDate" })
public record GeneMatch(
        @Schema(enumeration = { "approved_symbol", "hgnc_id", "entrez_id", "ensembl_gene_id", "uniprot_ids",
                "refseq_accession", "omim_id", "ccds_id", "ena", "mgd_id", "rgd_id", "ucsc_id", "vega_id", "rna_central_id",
                "mane_select", "previous_symbol", "alias_symbol" }) MatchType matchType,
        @JsonProperty("hgnc_id") String hgncId,
        String symbol,
        String name,
        String location,
        @JsonInclude(JsonInclude.Include.NON_NULL) String viaSpreadsheetDate) {
}
