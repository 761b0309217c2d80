package dev.genedata.hgnc.job.model;

import static dev.genedata.hgnc.job.model.ParameterValues.abbreviate;
import static dev.genedata.hgnc.job.model.ParameterValues.bad;
import static dev.genedata.hgnc.job.model.ParameterValues.integer;
import static dev.genedata.hgnc.job.model.ParameterValues.shown;
import static dev.genedata.hgnc.job.model.ParameterValues.text;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.Chromosomes;

/**
 * Checks a job's {@code filter} object and normalizes it: only the keys given (null values dropped), in
 * the order of {@link #KEYS}, text trimmed, {@code chromosome} upper-case.
 */
final class FilterValidator {

    /** Every filter key, in the order normalized filters list them. */
    static final List<String> KEYS = List.of("locus_group", "locus_type", "status", "chromosome", "gene_group",
            "symbol_prefix", "approved_from", "approved_to");

    private static final List<String> TEXT_KEYS = List.of("locus_group", "locus_type", "status", "gene_group",
            "symbol_prefix");

    private FilterValidator() {
    }

    /**
     * The normalized filter; an empty object when {@code filter} is absent or null.
     *
     * @param filter the request's {@code filter} value, or null
     * @param currentYear the latest year {@code approved_from}/{@code approved_to} may name
     */
    static ObjectNode normalize(JsonNode filter, int currentYear) {
        ObjectNode normalized = JsonNodeFactory.instance.objectNode();
        if (filter == null || filter.isNull()) {
            return normalized;
        }
        if (!filter.isObject()) {
            throw bad("filter must be an object with any of " + String.join(", ", KEYS) + "; got " + shown(filter));
        }
        for (Iterator<String> names = filter.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw bad("unknown filter '" + abbreviate(name) + "'; allowed: " + String.join(", ", KEYS));
            }
        }
        for (String key : KEYS) {
            JsonNode value = filter.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            if (TEXT_KEYS.contains(key)) {
                normalized.put(key, text(value, "filter." + key));
            } else if (key.equals("chromosome")) {
                normalized.put(key, chromosome(value));
            } else {
                normalized.put(key, integer(value, "filter." + key, JobRequestValidator.FIRST_YEAR, currentYear));
            }
        }
        if (normalized.has("approved_from") && normalized.has("approved_to")
                && normalized.get("approved_from").asInt() > normalized.get("approved_to").asInt()) {
            throw bad("filter.approved_from must not be after filter.approved_to; got "
                    + normalized.get("approved_from").asInt() + " and " + normalized.get("approved_to").asInt());
        }
        return normalized;
    }

    private static String chromosome(JsonNode value) {
        String chromosome = value.isTextual() ? value.asText().trim().toUpperCase(Locale.ROOT) : "";
        if (!Chromosomes.isValid(chromosome)) {
            throw bad("filter.chromosome must be one of " + String.join(", ", Chromosomes.ALL) + "; got " + shown(value));
        }
        return chromosome;
    }
}
