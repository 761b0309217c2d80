package dev.genedata.hgnc.job.model;

import static dev.genedata.hgnc.job.model.ParameterValues.abbreviate;
import static dev.genedata.hgnc.job.model.ParameterValues.bad;
import static dev.genedata.hgnc.job.model.ParameterValues.choice;
import static dev.genedata.hgnc.job.model.ParameterValues.integer;
import static dev.genedata.hgnc.job.model.ParameterValues.shown;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.common.error.ServiceException;

/**
 * Checks a job submission before anything is queued and normalizes its parameters: every parameter
 * present with its default filled in, in a fixed order (the kind's own parameters, then {@code filter},
 * {@code width}, {@code height}). A bad request is a 400 naming the parameter and what is allowed. A
 * JSON {@code null} value counts as an absent parameter.
 *
 * <p>Normalized shapes, by kind:
 * <ul>
 * <li>counts: {@code {"group_by":"chromosome","top":20,"filter":{},"width":1200,"height":700}}</li>
 * <li>approvals_by_year: {@code {"start_year":1986,"end_year":2026,"split_by":null,"filter":{},"width":1200,
 * "height":700}}; {@code split_by} is JSON null when not asked for</li>
 * <li>completeness: {@code {"filter":{},"width":1200,"height":700}}</li>
 * </ul>
 */
public final class JobRequestValidator {

    /** The first year a year parameter may name. */
    public static final int FIRST_YEAR = 1900;
    /** The default {@code start_year}: HGNC's first approvals. */
    public static final int DEFAULT_START_YEAR = 1986;
    /** The default {@code top}: how many categories a counts chart shows. */
    public static final int DEFAULT_TOP = 20;
    /** The default chart width in pixels. */
    public static final int DEFAULT_WIDTH = 1200;
    /** The default chart height in pixels. */
    public static final int DEFAULT_HEIGHT = 700;

    private static final String EXAMPLE = "{\"analysis\": \"counts\", \"group_by\": \"chromosome\"}";
    private static final List<String> GROUP_BY = List.of("locus_group", "locus_type", "status", "chromosome",
            "gene_group");
    private static final List<String> SPLIT_BY = List.of("locus_group", "locus_type");
    private static final List<String> COMMON = List.of("filter", "width", "height");
    private static final Map<AnalysisKind, List<String>> OWN = Map.of(
            AnalysisKind.COUNTS, List.of("group_by", "top"),
            AnalysisKind.APPROVALS_BY_YEAR, List.of("start_year", "end_year", "split_by"),
            AnalysisKind.COMPLETENESS, List.of());

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
     * Validates and normalizes a request body {@code {"analysis": KIND, ...parameters}}.
     *
     * @param body the parsed body, or null
     * @param currentYear the latest year a year parameter may name
     * @throws ServiceException 400 naming the parameter and what is allowed
     */
    public static NormalizedRequest normalize(JsonNode body, int currentYear) {
        if (body == null || !body.isObject()) {
            throw bad("the request body must be a JSON object like " + EXAMPLE);
        }
        AnalysisKind kind = kind(body.get("analysis"));
        rejectUnknown(body, kind);
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        switch (kind) {
            case COUNTS -> counts(body, params);
            case APPROVALS_BY_YEAR -> approvals(body, params, currentYear);
            case COMPLETENESS -> {
                // no parameters of its own
            }
        }
        params.set("filter", FilterValidator.normalize(body.get("filter"), currentYear));
        params.put("width", integer(body, "width", 400, 4000, DEFAULT_WIDTH));
        params.put("height", integer(body, "height", 300, 3000, DEFAULT_HEIGHT));
        return new NormalizedRequest(kind, params);
    }

    private static AnalysisKind kind(JsonNode analysis) {
        if (analysis == null || analysis.isNull()) {
            throw bad("analysis is required: one of " + AnalysisKind.names());
        }
        if (!analysis.isTextual()) {
            throw bad("analysis must be a string, one of " + AnalysisKind.names() + "; got " + shown(analysis));
        }
        return AnalysisKind.of(analysis.asText()).orElseThrow(() -> bad("unknown analysis '"
                + abbreviate(analysis.asText()) + "'; allowed: " + AnalysisKind.names()));
    }

    private static void rejectUnknown(JsonNode body, AnalysisKind kind) {
        List<String> allowed = new ArrayList<>(OWN.get(kind));
        allowed.addAll(COMMON);
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("analysis") && !allowed.contains(name)) {
                throw bad("unknown parameter '" + abbreviate(name) + "' for analysis " + kind.id() + "; allowed: "
                        + String.join(", ", allowed));
            }
        }
    }

    private static void counts(JsonNode body, ObjectNode params) {
        params.put("group_by", choice(body, "group_by", GROUP_BY, true));
        params.put("top", integer(body, "top", 1, 100, DEFAULT_TOP));
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
}
