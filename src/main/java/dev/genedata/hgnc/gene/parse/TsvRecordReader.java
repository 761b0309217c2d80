package dev.genedata.hgnc.gene.parse;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.parse.HgncSchema.FieldType;

/**
 * Reads HGNC's TSV into the same records as HGNC's JSON: the header names the columns (any order); an
 * empty cell is a missing field; a multi-valued cell is quoted and joined by {@code |}; {@code lsdb}
 * holds {@code name|url} pairs; integer fields become numbers. Keys follow the header's order.
 */
final class TsvRecordReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_SHOWN = 30;

    private TsvRecordReader() {
    }

    /** Reads every line after the header into the validator; a malformed line is named by its number. */
    static void read(InputStream in, RecordValidator validator) throws IOException {
        LastByte tracked = new LastByte(in);
        BufferedReader reader = new BufferedReader(new InputStreamReader(tracked, StandardCharsets.UTF_8), 64 * 1024);
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new MalformedDataException("no records found: the file is empty");
        }
        List<String> header = header(headerLine);
        FieldType[] types = header.stream().map(HgncSchema::typeOf).toArray(FieldType[]::new);
        int lineNumber = 1;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            line = withoutCarriageReturn(line);
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != header.size()) {
                throw new MalformedDataException("line " + lineNumber + ": expected " + header.size()
                        + " tab-separated fields, found " + cells.length);
            }
            ObjectNode record = NODES.objectNode();
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    record.set(header.get(c), value(header.get(c), types[c], cells[c], lineNumber, c + 1));
                }
            }
            validator.accept(record, lineNumber, MAPPER.writeValueAsBytes(record));
        }
        if (tracked.last != '\n') {
            // The line read last may be cut anywhere, even inside its last cell, and still look whole.
            throw new MalformedDataException("line " + lineNumber + ": the file ends without a line break, so it looks "
                    + "truncated; HGNC's TSV ends every line, the last one too, with a line break");
        }
    }

    /** The column names; a leading byte order mark is dropped, and hgnc_id must be among them, once. */
    private static List<String> header(String line) {
        String text = withoutCarriageReturn(line);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> header = List.of(text.split("\t", -1));
        if (!header.contains("hgnc_id")) {
            throw new MalformedDataException("line 1: the TSV header has no hgnc_id column; it must name the columns, "
                    + "as HGNC's hgnc_complete_set.txt does");
        }
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                throw new MalformedDataException("line 1: the TSV header names column '" + shown(column) + "' twice");
            }
        }
        return header;
    }

    private static JsonNode value(String field, FieldType type, String cell, int line, int column) {
        return switch (type) {
            case STRING -> NODES.textNode(cell);
            case INTEGER -> integer(field, cell, line, column);
            case STRING_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                values(field, cell).forEach(array::add);
                yield array;
            }
            case INTEGER_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                values(field, cell).forEach(value -> array.add(integer(field, value, line, column)));
                yield array;
            }
        };
    }

    /** The values of an array cell: one when unquoted, else split on '|' ({@code lsdb}: into name|url pairs). */
    private static List<String> values(String field, String cell) {
        boolean quoted = cell.length() >= 2 && cell.charAt(0) == '"' && cell.charAt(cell.length() - 1) == '"';
        if (!quoted) {
            return List.of(cell);
        }
        String[] parts = cell.substring(1, cell.length() - 1).split("\\|", -1);
        if (!"lsdb".equals(field)) {
            return List.of(parts);
        }
        List<String> pairs = new ArrayList<>(parts.length / 2 + 1);
        for (int i = 0; i < parts.length; i += 2) {
            pairs.add(i + 1 < parts.length ? parts[i] + "|" + parts[i + 1] : parts[i]);
        }
        return pairs;
    }

    /** An int node where the value fits and a long node otherwise, as Jackson reads the same number from JSON. */
    private static JsonNode integer(String field, String text, int line, int column) {
        try {
            if (text.isEmpty() || text.charAt(0) == '+') {
                throw new NumberFormatException();
            }
            long value = Long.parseLong(text);
            return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
        } catch (NumberFormatException e) {
            throw new MalformedDataException("line " + line + ", column " + column + " (" + field + "): '" + shown(text)
                    + "' is not an integer");
        }
    }

    private static String shown(String text) {
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
    }

    /** The stream, remembering the last byte read from it. */
    private static final class LastByte extends FilterInputStream {

        private int last = -1;

        LastByte(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                last = b;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                last = buffer[offset + read - 1];
            }
            return read;
        }
    }

    private static String withoutCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
