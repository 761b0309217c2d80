package dev.genedata.hgnc.gene.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.parse.Chromosomes;

/**
 * What the indexes, the summary and the analyses need to know of one gene, taken from its record once
 * at load time so that nobody parses the record JSON again.
 *
 * @param id the numeric part of {@code hgnc_id}
 * @param symbol the approved symbol
 * @param locusGroup {@code locus_group}, or null
 * @param locusType {@code locus_type}, or null
 * @param status {@code status}, or null
 * @param chromosomes chromosomes derived from {@code location} (1–22, X, Y, MT), possibly empty
 * @param geneGroups {@code gene_group} names
 * @param aliasSymbols {@code alias_symbol} values
 * @param prevSymbols {@code prev_symbol} values
 * @param dateApproved {@code date_approved_reserved} (YYYY-MM-DD), or null
 * @param dateModified {@code date_modified} (YYYY-MM-DD), or null
 * @param fields the names of the fields the record has filled, in record order
 */
public record GeneFacts(int id, String symbol, String locusGroup, String locusType, String status,
        Set<String> chromosomes, List<String> geneGroups, List<String> aliasSymbols, List<String> prevSymbols,
        String dateApproved, String dateModified, List<String> fields) {

    /** Takes the facts from a record the reader has validated ({@code hgnc_id} and {@code symbol} present). */
    public static GeneFacts of(ObjectNode record) {
        List<String> fields = new ArrayList<>(record.size());
        record.fieldNames().forEachRemaining(fields::add);
        return new GeneFacts(
                numericId(record.get("hgnc_id").asText()),
                record.get("symbol").asText(),
                text(record, "locus_group"),
                text(record, "locus_type"),
                text(record, "status"),
                Chromosomes.fromLocation(text(record, "location")),
                strings(record, "gene_group"),
                strings(record, "alias_symbol"),
                strings(record, "prev_symbol"),
                text(record, "date_approved_reserved"),
                text(record, "date_modified"),
                fields);
    }

    /** The numeric part of an {@code HGNC:n} id. */
    public static int numericId(String hgncId) {
        return Integer.parseInt(hgncId.substring(hgncId.indexOf(':') + 1));
    }

    /** The year of {@link #dateApproved()}, or 0 when the record has none. */
    public int yearApproved() {
        return dateApproved == null || dateApproved.length() < 4 ? 0 : Integer.parseInt(dateApproved.substring(0, 4));
    }

    private static String text(ObjectNode record, String field) {
        JsonNode node = record.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(ObjectNode record, String field) {
        JsonNode node = record.get(field);
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(node.size());
        node.forEach(value -> values.add(value.asText()));
        return values;
    }
}
