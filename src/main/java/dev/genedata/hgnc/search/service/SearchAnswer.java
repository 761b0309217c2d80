package dev.genedata.hgnc.search.service;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A page of search hits.
 *
 * @param total how many genes match in all
 * @param offset where this page starts
 * @param limit how many hits a page holds at most
 * @param hits this page, best first
 * @param facets per requested facet field, the matching genes per value, largest first (at most
 *        {@value GeneSearch#FACET_VALUES} values)
 * @param version the data version the answer comes from (sent as the {@code X-Data-Version} header)
 */
public record SearchAnswer(long total, int offset, int limit, List<SearchHit> hits,
        Map<String, Map<String, Integer>> facets, @JsonIgnore long version) {
}
