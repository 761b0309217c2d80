package dev.genedata.hgnc.gene.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.parse.HgncSchema.FieldType;

/**
 * Checks each record before it reaches the sink: an object with a well-formed, unique
 * {@code hgnc_id}, a {@code symbol}, and every HGNC field of the type HGNC's JSON gives it. Fields
 * HGNC does not list are kept as they are.
 */
final class RecordValidator {

    /** At most nine digits, so that the number always fits an int. */
    private static final Pattern HGNC_ID = Pattern.compile("HGNC:[1-9][0-9]{0,8}");

    private final GeneRecordReader.RecordSink sink;
    /** Numeric id → index of the record that has it. */
    private final Map<Integer, Integer> seen = new HashMap<>(64 * 1024);
    private int count;

    RecordValidator(GeneRecordReader.RecordSink sink) {
        this.sink = sink;
    }

    /**
     * Checks one record and passes it on with its 0-based index.
     *
     * @param node the record as read
     * @param line its line in a TSV file, or 0 when the file is JSON
     * @param json the record's UTF-8 JSON text (null when it is not an object)
     */
    void accept(JsonNode node, int line, byte[] json) {
        int index = count;
        if (!node.isObject()) {
            throw new MalformedDataException(where(index, null, line) + ": a record must be a JSON object, found "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        ObjectNode record = (ObjectNode) node;
        JsonNode id = record.get("hgnc_id");
        if (id == null || !id.isTextual() || !HGNC_ID.matcher(id.asText()).matches()) {
            throw new MalformedDataException(where(index, null, line) + ": hgnc_id must be a string like \"HGNC:5\", found "
                    + (id == null ? "none" : abbreviate(id.toString())));
        }
        String hgncId = id.asText();
        JsonNode symbol = record.get("symbol");
        if (symbol == null || !symbol.isTextual() || symbol.asText().isBlank()) {
            throw new MalformedDataException(where(index, hgncId, line) + ": symbol must be a non-empty string, found "
                    + (symbol == null ? "none" : abbreviate(symbol.toString())));
        }
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            FieldType type = HgncSchema.typeOf(field.getKey());
            if (HgncSchema.isKnown(field.getKey()) && !hasType(field.getValue(), type)) {
                throw new MalformedDataException(where(index, hgncId, line) + ": field '" + field.getKey() + "' must be "
                        + describe(type) + ", found " + abbreviate(field.getValue().toString()));
            }
        }
        Integer first = seen.putIfAbsent(Integer.parseInt(hgncId, 5, hgncId.length(), 10), index);
        if (first != null) {
            throw new MalformedDataException("duplicate hgnc_id " + hgncId + " at record " + index
                    + (line > 0 ? ", line " + line : "") + " (first at record " + first + ")");
        }
        count++;
        sink.accept(index, record, json);
    }

    /** How many records passed; at least one is required. */
    int finish() {
        if (count == 0) {
            throw new MalformedDataException("no records found: the file holds no HGNC record");
        }
        return count;
    }

    /** How many records passed so far. */
    int count() {
        return count;
    }

    private static boolean hasType(JsonNode value, FieldType type) {
        return switch (type) {
            case STRING -> value.isTextual();
            case INTEGER -> value.isIntegralNumber();
            case STRING_ARRAY -> value.isArray() && allMatch(value, JsonNode::isTextual);
            case INTEGER_ARRAY -> value.isArray() && allMatch(value, JsonNode::isIntegralNumber);
        };
    }

    private static boolean allMatch(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode element : array) {
            if (!test.test(element)) {
                return false;
            }
        }
        return true;
    }

    /** "record 17", then the id and the TSV line where known: "record 17 (HGNC:123, line 19)". */
    private static String where(int index, String hgncId, int line) {
        String details = hgncId == null ? "" : hgncId;
        if (line > 0) {
            details = details.isEmpty() ? "line " + line : details + ", line " + line;
        }
        return "record " + index + (details.isEmpty() ? "" : " (" + details + ")");
    }

    private static String describe(FieldType type) {
        return switch (type) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case STRING_ARRAY -> "an array of strings";
            case INTEGER_ARRAY -> "an array of integers";
        };
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
