package dev.genedata.hgnc.resolve.service;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The one gene an input resolved to.
 *
 * @param hgncId its id
 * @param symbol its approved symbol
 */
public record ResolvedGene(@JsonProperty("hgnc_id") String hgncId, String symbol) {
}
