package dev.genedata.hgnc.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.job.model.ApprovalsByYearRequest;
import dev.genedata.hgnc.job.model.CountsRequest;

/**
 * The job forms, one per analysis, with their fields named as the API's parameters; after a refused submission,
 * the values given and the API's message beside the field it names.
 *
 * @param analysis the analysis of the form submitted, or "" before any
 * @param values the values submitted, by field name
 * @param errorField the field the error names ("" for the form as a whole), or null without an error
 * @param error the API's message, or null
 * @param choices the values offered, from the loaded set
 */
public record JobForms(String analysis, Map<String, String> values, String errorField, String error, Choices choices) {

    /** The parameters every analysis takes besides its own. */
    static final List<String> CHART = List.of("width", "height");
    /** The keys of the {@code filter} object. */
    static final List<String> FILTER = List.of("locus_group", "locus_type", "status", "chromosome", "gene_group",
            "symbol_prefix", "approved_from", "approved_to");
    /** The fields of each analysis's form, besides the chart's size and the filter. */
    static final Map<String, List<String>> OWN = Map.of("counts", List.of("group_by", "top"),
            "approvals_by_year", List.of("start_year", "end_year", "split_by"), "completeness", List.of());
    private static final List<String> NUMBERS = List.of("top", "start_year", "end_year", "width", "height",
            "approved_from", "approved_to");
    /** The parameter an API message starts with, such as {@code top} or {@code filter.chromosome}. */
    private static final Pattern NAMED = Pattern.compile("^(?:filter\\.)?([a-z_]+) ");

    /** The forms before any submission. */
    static JobForms blank(Choices choices) {
        return new JobForms("", Map.of(), null, null, choices);
    }

    /** The forms after a refused submission of {@code analysis}: the error beside the field its message names. */
    static JobForms refused(String analysis, Map<String, String> values, String error, Choices choices) {
        Matcher named = NAMED.matcher(error);
        String field = named.find() && fields(analysis).contains(named.group(1)) ? named.group(1) : "";
        return new JobForms(analysis, values, field, error, choices);
    }

    /** Every field of an analysis's form. */
    static List<String> fields(String analysis) {
        return java.util.stream.Stream.of(OWN.getOrDefault(analysis, List.of()), CHART, FILTER)
                .flatMap(List::stream).toList();
    }

    /**
     * The request the API reads from a submitted form: blank fields left out (defaults apply), the filter keys in
     * {@code filter}, whole numbers as numbers and anything else as given, for the API to judge.
     */
    static ObjectNode request(String analysis, Map<String, String> values) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("analysis", analysis);
        ObjectNode filter = request.putObject("filter");
        values.forEach((name, value) -> {
            if (value == null || value.isBlank() || name.equals("analysis")) {
                return;
            }
            ObjectNode target = FILTER.contains(name) ? filter : request;
            String text = value.strip();
            if (NUMBERS.contains(name) && text.matches("-?\\d{1,9}")) {
                target.put(name, Integer.parseInt(text));
            } else {
                target.put(name, text);
            }
        });
        return request;
    }

    /** What {@code counts} can group by. */
    public List<String> groupings() {
        return Arrays.stream(CountsRequest.GroupBy.values()).map(CountsRequest.GroupBy::id).toList();
    }

    /** What {@code approvals_by_year} can split by. */
    public List<String> splits() {
        return Arrays.stream(ApprovalsByYearRequest.SplitBy.values()).map(ApprovalsByYearRequest.SplitBy::id).toList();
    }

    /** The value given for a field of a form ("" for none). */
    public String value(String form, String field) {
        return form.equals(analysis) ? values.getOrDefault(field, "") : "";
    }

    /** The error beside a field, or null. */
    public String errorFor(String form, String field) {
        return form.equals(analysis) && field.equals(errorField) ? error : null;
    }

    /** The error of a form that names none of its fields, or null. */
    public String formError(String form) {
        return form.equals(analysis) && "".equals(errorField) ? error : null;
    }

    /**
     * The values the forms offer, from the loaded set's summary and facets.
     *
     * @param locusGroups the locus groups present
     * @param locusTypes the locus types present
     * @param statuses the statuses present
     * @param chromosomes the chromosomes, in karyotype order
     * @param geneGroups suggestions for a gene group: the largest groups
     */
    public record Choices(List<String> locusGroups, List<String> locusTypes, List<String> statuses,
            List<String> chromosomes, List<String> geneGroups) {

        /** No choices (no set loaded, or Redis down): the fields take free text. */
        static final Choices NONE = new Choices(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
