package dev.genedata.hgnc.gene.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

import dev.genedata.hgnc.common.error.Excerpt;
import dev.genedata.hgnc.gene.model.Chromosomes;
import dev.genedata.hgnc.gene.model.FieldSet;
import dev.genedata.hgnc.gene.model.GeneFacts;
import dev.genedata.hgnc.gene.model.HgncSchema;
import dev.genedata.hgnc.gene.model.HgncSchema.FieldType;

/**
 * Reads records off a JSON token stream and checks them without building a tree: a record must be an
 * object with a well-formed {@code hgnc_id}, a non-empty {@code symbol}, every field HGNC lists of the type
 * HGNC's JSON gives it, and no field twice; fields HGNC does not list are passed over as they are. What
 * {@link GeneFacts} needs is kept on the way. A problem is reported once the whole record is read, so
 * that the message names the record's id wherever the id stands in it. One scanner serves one file.
 */
final class RecordScanner {

    /** The bytes the parser reads, so that a wrong value can be quoted as it was written. */
    @FunctionalInterface
    interface Source {

        /** The bytes from {@code from} to {@code to}, offsets as the parser counts them. */
        byte[] slice(long from, long to);
    }

    private static final String HGNC_PREFIX = "HGNC:";
    /** "HGNC:" and one to nine digits, the first not a zero: at most nine, so that the number always fits an int. */
    private static final Pattern WELL_FORMED_ID = Pattern.compile("HGNC:[1-9][0-9]{0,8}");
    private static final int MAX_SHOWN = 60;
    private static final Map<String, Field> FIELDS = fields();

    /**
     * The chromosomes of each location met in this file, which is read once: HGNC's 43,882 records have
     * about 1,500 locations.
     */
    private final Map<String, Set<String>> chromosomes = new HashMap<>();

    /** Reads the record that starts at the parser's current token, up to and including its last token. */
    ScannedRecord scan(JsonParser parser, Source source) throws IOException {
        return new Scan(parser, source).run();
    }

    private Set<String> chromosomes(String location) {
        if (location == null) {
            return Set.of();
        }
        return chromosomes.computeIfAbsent(location, l -> Collections.unmodifiableSet(Chromosomes.fromLocation(l)));
    }

    /** One record being read. */
    private final class Scan {

        private final JsonParser parser;
        private final Source source;
        /** The fields HGNC lists that the record has had so far, one bit each, as in {@link FieldSet}. */
        private long seen;
        /** The fields HGNC does not list, in record order. */
        private List<String> others = List.of();
        private Written hgncId;
        private Written symbol;
        private String locusGroup;
        private String locusType;
        private String status;
        private String location;
        private String dateApproved;
        private String dateModified;
        private List<String> geneGroups = List.of();
        /** The first field that is wrong, described; reported after the id and the symbol. */
        private String problem;

        Scan(JsonParser parser, Source source) {
            this.parser = parser;
            this.source = source;
        }

        ScannedRecord run() throws IOException {
            JsonToken first = parser.currentToken();
            if (first != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return ScannedRecord.failed(null, "a record must be a JSON object, found " + kind(first));
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                field(name);
            }
            if (token != JsonToken.END_OBJECT) {
                throw new JsonEOFException(parser, token, "end of input inside a record");
            }
            return finish();
        }

        private void field(String name) throws IOException {
            Field field = FIELDS.get(name);
            if (field == null) {
                if (others.isEmpty()) {
                    others = new ArrayList<>(2);
                } else if (others.contains(name)) {
                    problem("field '" + name + "' appears more than once");
                }
                others.add(name);
                parser.skipChildren();
                return;
            }
            if ((seen & field.bit()) != 0) {
                problem("field '" + name + "' appears more than once");
            }
            seen |= field.bit();
            switch (field.fact()) {
                case HGNC_ID -> hgncId = written();
                case SYMBOL -> symbol = written();
                case LOCUS_GROUP -> locusGroup = string(field);
                case LOCUS_TYPE -> locusType = string(field);
                case STATUS -> status = string(field);
                case LOCATION -> location = string(field);
                case DATE_APPROVED -> dateApproved = string(field);
                case DATE_MODIFIED -> dateModified = string(field);
                case GENE_GROUP -> geneGroups = strings(field);
                case NONE -> check(field);
            }
        }

        /** The record's facts, or its first problem: not an id, then no symbol, then a field of the wrong type. */
        private ScannedRecord finish() {
            if (hgncId == null || hgncId.text() == null || !WELL_FORMED_ID.matcher(hgncId.text()).matches()) {
                return ScannedRecord.failed(null, "hgnc_id must be a string like \"HGNC:5\", found " + Written.shown(hgncId));
            }
            String id = hgncId.text();
            if (symbol == null || symbol.text() == null || symbol.text().isBlank()) {
                return ScannedRecord.failed(id, "symbol must be a non-empty string, found " + Written.shown(symbol));
            }
            if (problem != null) {
                return ScannedRecord.failed(id, problem);
            }
            return ScannedRecord.passed(id, new GeneFacts(Integer.parseInt(id, HGNC_PREFIX.length(), id.length(), 10), symbol.text(),
                    locusGroup, locusType, status, chromosomes(location), geneGroups,
                    dateApproved, dateModified, new FieldSet(seen, others)));
        }

        /** The current value: its text when it is a string, else what was written; read to its end either way. */
        private Written written() throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return new Written(parser.getText(), null);
            }
            long start = parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            return new Written(null, asWritten(start));
        }

        private String string(Field field) throws IOException {
            return scalar(field, JsonToken.VALUE_STRING) ? parser.getText() : null;
        }

        private List<String> strings(Field field) throws IOException {
            List<String> values = new ArrayList<>(4);
            elements(field, JsonToken.VALUE_STRING, values);
            return values;
        }

        /** Checks a field nothing is kept of. */
        private void check(Field field) throws IOException {
            switch (field.type()) {
                case STRING -> scalar(field, JsonToken.VALUE_STRING);
                case INTEGER -> scalar(field, JsonToken.VALUE_NUMBER_INT);
                case STRING_ARRAY -> elements(field, JsonToken.VALUE_STRING, null);
                case INTEGER_ARRAY -> elements(field, JsonToken.VALUE_NUMBER_INT, null);
            }
        }

        /** Whether the value is one {@code expected} token; otherwise it is noted as a problem. */
        private boolean scalar(Field field, JsonToken expected) throws IOException {
            if (parser.currentToken() == expected) {
                return true;
            }
            mismatch(field);
            return false;
        }

        /** Checks that the value is an array of {@code element} tokens only; their text goes to {@code kept} if set. */
        private void elements(Field field, JsonToken element, List<String> kept) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                mismatch(field);
                return;
            }
            long start = parser.currentTokenLocation().getByteOffset();
            boolean fits = true;
            JsonToken token;
            while ((token = next()) != JsonToken.END_ARRAY) {
                if (token != element) {
                    fits = false;
                    parser.skipChildren();
                } else if (kept != null) {
                    kept.add(parser.getText());
                }
            }
            if (!fits) {
                problem(field, start);
            }
        }

        private JsonToken next() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new JsonEOFException(parser, null, "end of input inside an array");
            }
            return token;
        }

        /** The current value, which starts at the current token, is of the wrong type: read it to its end and note it. */
        private void mismatch(Field field) throws IOException {
            long start = parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            problem(field, start);
        }

        /** The value of {@code field} that started at {@code start} is of the wrong type; the parser is at its last token. */
        private void problem(Field field, long start) throws IOException {
            if (problem == null) {
                problem("field '" + field.name() + "' must be " + describe(field.type()) + ", found " + asWritten(start));
            }
        }

        private void problem(String described) {
            if (problem == null) {
                problem = described;
            }
        }

        /** The value from {@code start} to the end of the current token, its last: as written, compacted, shortened. */
        private String asWritten(long start) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                parser.getText();
            }
            String text = new String(JsonText.compact(source.slice(start, parser.currentLocation().getByteOffset())),
                    StandardCharsets.UTF_8);
            return Excerpt.of(text, MAX_SHOWN);
        }

    }

    private static String describe(FieldType type) {
        return switch (type) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case STRING_ARRAY -> "an array of strings";
            case INTEGER_ARRAY -> "an array of integers";
        };
    }

    /** What a JSON value that is not an object is, as a person says it. */
    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * A value that must be a string: its text when it is one, else the value as written.
     *
     * @param text the string, or null when the value is not one
     * @param json the value as written when it is not a string
     */
    private record Written(String text, String json) {

        /** How the value shows in a message: as JSON, or "none" when the field is missing. */
        static String shown(Written value) {
            if (value == null) {
                return "none";
            }
            return value.text() == null ? value.json() : '"' + new String(JsonStringEncoder.getInstance().quoteAsString(
                    value.text())) + '"';
        }
    }

    /** What is kept of a field. */
    private enum Fact {
        NONE, HGNC_ID, SYMBOL, LOCUS_GROUP, LOCUS_TYPE, STATUS, LOCATION, DATE_APPROVED, DATE_MODIFIED, GENE_GROUP
    }

    /** A field HGNC lists: its name, its bit among the fields seen, its type, what is kept of it. */
    private record Field(String name, long bit, FieldType type, Fact fact) {
    }

    private static Map<String, Field> fields() {
        Map<String, Fact> facts = Map.ofEntries(Map.entry("hgnc_id", Fact.HGNC_ID), Map.entry("symbol", Fact.SYMBOL),
                Map.entry("locus_group", Fact.LOCUS_GROUP), Map.entry("locus_type", Fact.LOCUS_TYPE),
                Map.entry("status", Fact.STATUS), Map.entry("location", Fact.LOCATION),
                Map.entry("date_approved_reserved", Fact.DATE_APPROVED), Map.entry("date_modified", Fact.DATE_MODIFIED),
                Map.entry("gene_group", Fact.GENE_GROUP));
        Map<String, Field> fields = new HashMap<>();
        for (String name : HgncSchema.TSV_COLUMNS) {
            fields.put(name, new Field(name, 1L << HgncSchema.indexOf(name), HgncSchema.typeOf(name),
                    facts.getOrDefault(name, Fact.NONE)));
        }
        return Map.copyOf(fields);
    }
}
