package dev.genedata.hgnc.search.service;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One gene a search found.
 *
 * @param hgncId its id
 * @param symbol its approved symbol
 * @param name its approved name
 * @param score how well it matched (higher is better; equal for every hit of a query without terms)
 * @param fields the record fields asked for with {@code fields}, as stored; absent ones are left out
 */
@JsonPropertyOrder({ "hgnc_id", "symbol", "name", "score" })
public record SearchHit(@JsonProperty("hgnc_id") String hgncId, String symbol, String name, float score,
        @JsonIgnore ObjectNode fields) {

    /** The requested fields, written beside the others. */
    @JsonAnyGetter
    public Map<String, JsonNode> extra() {
        Map<String, JsonNode> extra = new java.util.LinkedHashMap<>();
        fields.fields().forEachRemaining(entry -> extra.put(entry.getKey(), entry.getValue()));
        return extra;
    }
}
