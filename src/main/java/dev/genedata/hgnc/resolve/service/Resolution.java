package dev.genedata.hgnc.resolve.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What one input resolved to.
 *
 * @param input the input, without surrounding white space
 * @param resolved the one best match; null when nothing matched or the best matches are several genes
 * @param ambiguous whether the best matches are several genes
 * @param matches every gene it matched, each once with its best match type, best first (then in HGNC id order)
 */
@JsonPropertyOrder({ "input", "resolved", "ambiguous", "matches" })
public record Resolution(String input, ResolvedGene resolved, boolean ambiguous, List<GeneMatch> matches) {
}
