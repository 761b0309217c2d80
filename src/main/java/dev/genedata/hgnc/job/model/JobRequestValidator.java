package dev.genedata.hgnc.job.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.common.error.ServiceException;
import dev.genedata.hgnc.gene.parse.Chromosomes;

/**
 * Checks a job submission before anything is queued and normalizes its parameters: every parameter
 * present with its default filled in, in a fixed order. A bad request is a 400 naming the parameter
 * and what is allowed.
 */
public final class JobRequestValidator {

    /** The first year a year parameter may name. */
    public static final int FIRST_YEAR = 1900;
    /** The default {@code start_year}: HGNC's first approvals. */
    public static final int DEFAULT_START_YEAR = 1986;

    private static final List<String> GROUP_BY = List.of("locus_group", "locus_type", "status", "chromosome", "gene_group");
    private static final List<String> SPLIT_BY = List.of("locus_group", "locus_type");
    private static final List<String> FILTER_TEXT = List.of("locus_group", "locus_type", "status", "gene_group", "symbol_prefix");
    private static final List<String> FILTER_KEYS = List.of("locus_group", "locus_type", "status", "chromosome",
            "gene_group", "symbol_prefix", "approved_from", "approved_to");
    private static final List<String> COMMON = List.of("filter", "width", "height");
    private static final Map<AnalysisKind, List<String>> OWN = Map.of(
            AnalysisKind.COUNTS, List.of("group_by", "top"),
            AnalysisKind.APPROVALS_BY_YEAR, List.of("start_year", "end_year", "split_by"),
            AnalysisKind.COMPLETENESS, List.of());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_TEXT = 200;

    private JobRequestValidator() {
    }

    /**
     * A valid request.
     *
     * @param analysis the kind
     * @param params the normalized parameters, without {@code analysis}
     */
    public record NormalizedRequest(AnalysisKind analysis, ObjectNode params) {
    }

    /**
     * Validates and normalizes a request body.
     *
     * @param body the parsed body
     * @param currentYear the latest year a year parameter may name
     * @throws ServiceException 400 naming the parameter and what is allowed
     */
    public static NormalizedRequest normalize(JsonNode body, int currentYear) {
        if (body == null || !body.isObject()) {
            throw bad("the request body must be a JSON object like {\"analysis\": \"counts\", \"group_by\": \"chromosome\"}");
        }
        JsonNode analysis = body.get("analysis");
        if (analysis == null || !analysis.isTextual()) {
            throw bad("analysis is required: one of " + AnalysisKind.names());
        }
        AnalysisKind kind = AnalysisKind.of(analysis.asText()).orElseThrow(() -> bad("unknown analysis '"
                + abbreviate(analysis.asText()) + "'; allowed: " + AnalysisKind.names()));
        List<String> allowed = new ArrayList<>(OWN.get(kind));
        allowed.addAll(COMMON);
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("analysis") && !allowed.contains(name)) {
                throw bad("unknown parameter '" + abbreviate(name) + "' for analysis " + kind.id() + "; allowed: "
                        + String.join(", ", allowed));
            }
        }
        ObjectNode params = NODES.objectNode();
        switch (kind) {
            case COUNTS -> counts(body, params);
            case APPROVALS_BY_YEAR -> approvals(body, params, currentYear);
            case COMPLETENESS -> {
                // no parameters of its own
            }
        }
        params.set("filter", filter(body.get("filter"), currentYear));
        params.put("width", integer(body, "width", 400, 4000, 1200));
        params.put("height", integer(body, "height", 300, 3000, 700));
        return new NormalizedRequest(kind, params);
    }

    private static void counts(JsonNode body, ObjectNode params) {
        String groupBy = choice(body, "group_by", GROUP_BY, true);
        params.put("group_by", groupBy);
        if (groupBy.equals("gene_group")) {
            params.put("top", integer(body, "top", 1, 100, 20));
        } else if (body.has("top")) {
            throw bad("top applies only when group_by is gene_group (the other fields have few values)");
        }
    }

    private static void approvals(JsonNode body, ObjectNode params, int currentYear) {
        int start = integer(body, "start_year", FIRST_YEAR, currentYear, DEFAULT_START_YEAR);
        int end = integer(body, "end_year", FIRST_YEAR, currentYear, currentYear);
        if (start > end) {
            throw bad("start_year must not be after end_year; got start_year " + start + " and end_year " + end);
        }
        params.put("start_year", start);
        params.put("end_year", end);
        String splitBy = choice(body, "split_by", SPLIT_BY, false);
        if (splitBy == null) {
            params.putNull("split_by");
        } else {
            params.put("split_by", splitBy);
        }
    }

    private static ObjectNode filter(JsonNode filter, int currentYear) {
        ObjectNode normalized = NODES.objectNode();
        if (filter == null || filter.isNull()) {
            return normalized;
        }
        if (!filter.isObject()) {
            throw bad("filter must be an object with any of " + String.join(", ", FILTER_KEYS));
        }
        for (Iterator<String> names = filter.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FILTER_KEYS.contains(name)) {
                throw bad("unknown filter '" + abbreviate(name) + "'; allowed: " + String.join(", ", FILTER_KEYS));
            }
        }
        for (String key : FILTER_KEYS) {
            JsonNode value = filter.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            if (FILTER_TEXT.contains(key)) {
                normalized.put(key, text(value, "filter." + key));
            } else if (key.equals("chromosome")) {
                String chromosome = text(value, "filter.chromosome").toUpperCase(Locale.ROOT);
                if (!Chromosomes.isValid(chromosome)) {
                    throw bad("filter.chromosome must be one of " + String.join(", ", Chromosomes.ALL) + "; got "
                            + abbreviate(value.toString()));
                }
                normalized.put(key, chromosome);
            } else {
                normalized.put(key, integer(value, "filter." + key, FIRST_YEAR, currentYear));
            }
        }
        if (normalized.has("approved_from") && normalized.has("approved_to")
                && normalized.get("approved_from").asInt() > normalized.get("approved_to").asInt()) {
            throw bad("filter.approved_from must not be after filter.approved_to; got "
                    + normalized.get("approved_from").asInt() + " and " + normalized.get("approved_to").asInt());
        }
        return normalized;
    }

    private static String choice(JsonNode body, String name, List<String> allowed, boolean required) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw bad(name + " is required: one of " + String.join(", ", allowed));
            }
            return null;
        }
        if (!value.isTextual() || !allowed.contains(value.asText())) {
            throw bad(name + " must be one of " + String.join(", ", allowed) + "; got " + abbreviate(value.toString()));
        }
        return value.asText();
    }

    private static int integer(JsonNode body, String name, int min, int max, int fallback) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? fallback : integer(value, name, min, max);
    }

    private static int integer(JsonNode value, String name, int min, int max) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw bad(name + " must be an integer from " + min + " to " + max + "; got " + abbreviate(value.toString()));
        }
        return value.asInt();
    }

    private static String text(JsonNode value, String name) {
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_TEXT) {
            throw bad(name + " must be a non-empty string of at most " + MAX_TEXT + " characters; got "
                    + abbreviate(value.toString()));
        }
        return value.asText().trim();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static ServiceException bad(String message) {
        return ServiceException.badRequest(message);
    }
}
