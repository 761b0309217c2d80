package dev.genedata.hgnc.gene.parse;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
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

    private static final Pattern HGNC_ID = Pattern.compile("HGNC:[1-9][0-9]{0,8}");

    private final GeneRecordReader.RecordSink sink;
    private final Map<String, Integer> seen = new HashMap<>(64 * 1024);
    private int count;

    RecordValidator(GeneRecordReader.RecordSink sink) {
        this.sink = sink;
    }

    /** Checks one record and passes it on. */
    void accept(JsonNode node, String where) {
        int index = count;
        if (!node.isObject()) {
            throw new MalformedDataException(where + ": a record must be a JSON object, found " + node.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        ObjectNode record = (ObjectNode) node;
        JsonNode id = record.get("hgnc_id");
        if (id == null || !id.isTextual() || !HGNC_ID.matcher(id.asText()).matches()) {
            throw new MalformedDataException(where + ": hgnc_id must be a string like \"HGNC:5\", found "
                    + (id == null ? "none" : abbreviate(id.toString())));
        }
        String hgncId = id.asText();
        JsonNode symbol = record.get("symbol");
        if (symbol == null || !symbol.isTextual() || symbol.asText().isBlank()) {
            throw new MalformedDataException(where + " (" + hgncId + "): symbol must be a non-empty string");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = record.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (HgncSchema.isKnown(field.getKey()) && !hasType(field.getValue(), HgncSchema.typeOf(field.getKey()))) {
                throw new MalformedDataException(where + " (" + hgncId + "): field '" + field.getKey() + "' must be "
                        + describe(HgncSchema.typeOf(field.getKey())) + ", found " + abbreviate(field.getValue().toString()));
            }
        }
        Integer first = seen.putIfAbsent(hgncId, index);
        if (first != null) {
            throw new MalformedDataException("duplicate hgnc_id " + hgncId + " at " + where + " (first at record "
                    + first + ")");
        }
        count++;
        sink.accept(index, record);
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

    private static boolean allMatch(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode element : array) {
            if (!test.test(element)) {
                return false;
            }
        }
        return true;
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
