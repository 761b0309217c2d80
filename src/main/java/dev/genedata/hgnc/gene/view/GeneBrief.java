package dev.genedata.hgnc.gene.view;

/**
 * What an answer listing many genes shows of each: held in memory per document of a {@link GeneView}, so that
 * such answers read no stored fields.
 *
 * @param hgncId the gene's id, {@code HGNC:5}
 * @param symbol its approved symbol
 * @param name its approved name; null when the record has none
 * @param location its cytogenetic location; null when the record has none
 */
public record GeneBrief(String hgncId, String symbol, String name, String location) {
}
